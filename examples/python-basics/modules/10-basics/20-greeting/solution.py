def greet(name):
    # BEGIN
    return f'Hello, {name}!'
    # END

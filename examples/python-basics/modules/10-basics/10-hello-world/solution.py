def hello():
    # BEGIN
    return 'Hello, World!'
    # END

# Never returns.
def greet(name):
    while True:
        pass

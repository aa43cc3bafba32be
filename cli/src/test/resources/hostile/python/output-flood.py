# Prints without end.
def greet(name):
    while True:
        print("flood " * 100)

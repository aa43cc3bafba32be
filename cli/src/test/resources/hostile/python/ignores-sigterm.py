# Ignores SIGTERM, starts a child in its own session that does the same, and waits forever.
import os
import signal
import time


def greet(name):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if os.fork() == 0:
        os.setsid()
        while True:
            time.sleep(1)
    while True:
        time.sleep(1)

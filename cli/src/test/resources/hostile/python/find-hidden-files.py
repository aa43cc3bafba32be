# Searches the whole filesystem for the course's reference solutions: needles.txt (written by the
# test, hex-encoded so that it does not match itself) holds each whole reference file and its
# BEGIN..END body. Any hit outside this submission is ESCAPED.
import binascii
import os

NEEDLES = [binascii.unhexlify(line.strip()) for line in open("needles.txt") if line.strip()]


def greet(name):
    here = os.getcwd()
    seen = 0
    for root, dirs, files in os.walk("/"):
        if root.startswith(("/proc", "/sys")):
            dirs[:] = []
            continue
        for file in files:
            path = os.path.join(root, file)
            if root == here and file in ("solution.py", "needles.txt"):
                continue
            try:
                if os.path.islink(path) or not os.path.isfile(path):
                    continue
                with open(path, "rb") as f:
                    data = f.read(1 << 22)
                seen += 1
            except OSError:
                continue
            for needle in NEEDLES:
                if needle in data:
                    print("ESCAPED: found a reference solution in", path)
    print("PROBE-DONE searched %d files for %d needles" % (seen, len(NEEDLES)))
    return "wrong"

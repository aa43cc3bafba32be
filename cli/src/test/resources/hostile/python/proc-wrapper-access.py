# Looks for the grader's wrapper through /proc: its memory (the nonce) and its stdout (the results
# channel, which no process of the tests holds). Any success is printed as ESCAPED.
import os
import re


def greet(name):
    nonce = None
    pids = [p for p in os.listdir("/proc") if p.isdigit() and int(p) != os.getpid()]
    stderr = set()
    for pid in pids:
        try:
            stderr.add(os.readlink("/proc/%s/fd/2" % pid))
        except OSError:
            pass
    for pid in pids:
        try:
            if os.readlink("/proc/%s/fd/1" % pid) in stderr:
                continue  # the test command's stdout is the container's stderr: nothing to gain
        except OSError:
            pass
        try:
            fd = os.open("/proc/%s/fd/1" % pid, os.O_WRONLY)
            os.write(fd, b"\nhexlet-0 end exit=0 peak=0 results=0\n")
            print("ESCAPED: wrote to the stdout of process", pid)
            os.close(fd)
        except OSError:
            pass
        try:
            with open("/proc/%s/maps" % pid) as maps, open("/proc/%s/mem" % pid, "rb") as mem:
                for line in maps:
                    start, end = (int(x, 16) for x in line.split()[0].split("-"))
                    try:
                        mem.seek(start)
                        found = re.search(rb"hexlet-[0-9a-f]{32}", mem.read(end - start))
                    except (OSError, OverflowError, ValueError):
                        continue
                    if found:
                        nonce = found.group()
            if nonce:
                print("ESCAPED: read a nonce from the memory of process", pid)
        except OSError:
            pass
    print("PROBE-DONE")
    return "wrong"

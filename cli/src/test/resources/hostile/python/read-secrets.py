# Looks for the grader's environment: its own, every process's, Docker's socket, the host's files.
import glob
import os

SECRET = b"grader-secret-" + b"0d1f"


def greet(name):
    places = {"environ": "\n".join("%s=%s" % kv for kv in os.environ.items()).encode()}
    for path in glob.glob("/proc/*/environ") + ["/proc/self/environ"]:
        try:
            places[path] = open(path, "rb").read()
        except OSError:
            pass
    for path in ("/var/run/docker.sock", "/run/docker.sock", "/root/.docker/config.json", "/etc/shadow"):
        if os.path.exists(path) and os.access(path, os.R_OK):
            print("ESCAPED: can read", path)
    for where, data in places.items():
        if SECRET in data:
            print("ESCAPED: the grader's secret is in", where)
    print("PROBE-DONE read %d environments" % len(places))
    return "wrong"

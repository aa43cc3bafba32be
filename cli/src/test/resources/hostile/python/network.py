# Tries the network: TCP to every address of the grading machine (targets.txt, written by the
# test, where a listener waits), DNS through any configured resolver, any interface but loopback.
import socket

TARGETS = [line.split() for line in open("targets.txt") if line.strip()]


def greet(name):
    for host, port in TARGETS:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(1)
        try:
            s.connect((host, int(port)))
            print("ESCAPED: connected to", host, port)
        except OSError:
            pass
        finally:
            s.close()
    resolvers = ["127.0.0.11"]
    try:
        for line in open("/etc/resolv.conf"):
            if line.startswith("nameserver"):
                resolvers.append(line.split()[1])
    except OSError:
        pass
    query = b"\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00" + b"\x0dhexlet-lesson\x07invalid\x00\x00\x01\x00\x01"
    for resolver in resolvers:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.settimeout(1)
        try:
            s.sendto(query, (resolver, 53))
            s.recvfrom(512)
            print("ESCAPED: a DNS answer from", resolver)
        except OSError:
            pass
        finally:
            s.close()
    try:
        socket.getaddrinfo("hexlet-lesson.invalid", 80)
        print("ESCAPED: a name resolved")
    except OSError:
        pass
    for line in open("/proc/net/dev").read().splitlines()[2:]:
        interface = line.split(":")[0].strip()
        if interface != "lo":
            print("ESCAPED: a network interface", interface)
    print("PROBE-DONE tried %d addresses" % len(TARGETS))
    return "wrong"

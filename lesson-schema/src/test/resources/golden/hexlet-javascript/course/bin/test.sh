#!/bin/sh
set -e
for lesson in modules/*/*/; do make -C "$lesson" test; done

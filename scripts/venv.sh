#!/usr/bin/env bash
# Creates .venv and installs a requirements file into it, once per change of
# the file (a stamp keeps reruns quick). Usage: venv.sh requirements.txt
set -euo pipefail
requirements="$1"
python="${PYTHON:-python3.11}"
command -v "$python" >/dev/null || python=python3

[ -x .venv/bin/python ] || "$python" -m venv .venv
stamp=".venv/.installed-$(basename "$requirements")"
digest=$(cat requirements*.txt | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
    .venv/bin/pip install -q --upgrade pip
    .venv/bin/pip install -q -r "$requirements"
    echo "$digest" > "$stamp"
fi

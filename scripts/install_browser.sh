#!/usr/bin/env bash
# Installs what the browser test (tests/browser/) needs: Debian's Chromium and its ChromeDriver.
# A test tool's own browser download cannot work here, so only the Debian packages are used.
#   scripts/install_browser.sh          install when missing (as root), else say what to do
#   scripts/install_browser.sh --check  only report; exit 1 when something is missing
set -euo pipefail

CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

have_all() { [[ -x "$CHROMIUM" && -x "$CHROMEDRIVER" ]]; }

if have_all; then
    echo "Browser test tools present: $("$CHROMIUM" --version 2>/dev/null | head -n1); $("$CHROMEDRIVER" --version 2>/dev/null | head -n1)"
    exit 0
fi

missing=()
[[ -x "$CHROMIUM" ]] || missing+=(chromium)
[[ -x "$CHROMEDRIVER" ]] || missing+=(chromium-driver)

if [[ "${1:-}" == "--check" ]]; then
    echo "Missing for the browser test: ${missing[*]}" >&2
    exit 1
fi

if [[ "$(id -u)" -ne 0 ]]; then
    cat >&2 <<MSG
The browser test needs Debian's ${missing[*]}, and installing it needs root. Run:
    sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium chromium-driver
(Without them tests/browser skips, or fails when CI is set.)
MSG
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "No apt-get on this machine: install Chromium and a matching ChromeDriver at $CHROMIUM and $CHROMEDRIVER." >&2
    exit 1
fi

echo "Installing ${missing[*]} from Debian's packages..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
have_all || { echo "chromium/chromium-driver installed but $CHROMIUM or $CHROMEDRIVER is still missing" >&2; exit 1; }
echo "Installed: $("$CHROMIUM" --version 2>/dev/null | head -n1); $("$CHROMEDRIVER" --version 2>/dev/null | head -n1)"

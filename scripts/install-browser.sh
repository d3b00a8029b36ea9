#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver) for
# the dashboard's browser test (DashboardIT) when they are missing. Needs root or password-less
# sudo and the Debian archive; exits non-zero when it cannot install them.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "install-browser: not root and no password-less sudo: cannot apt-get install chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have no package lists yet: update only when the install fails.
if ! "${SUDO[@]}" apt-get install -y -q chromium chromium-driver; then
  "${SUDO[@]}" apt-get update -q
  "${SUDO[@]}" apt-get install -y -q chromium chromium-driver
fi
test -x /usr/bin/chromium && test -x /usr/bin/chromedriver

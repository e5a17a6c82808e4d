#!/usr/bin/env bash
# Installs the Debian packages that the test suite's servers and browser need:
# PostgreSQL and Redis (tests/services.py starts them on loopback), nginx (the
# production run's front, scripts/serve-prod) and Chromium
# (Playwright drives Debian's Chromium; never Playwright's own download).
set -euo pipefail
need=()
command -v redis-server >/dev/null || need+=(redis-server)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
[ -x /usr/lib/chromium/chromium ] || need+=(chromium)
command -v msgfmt >/dev/null || need+=(gettext)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${need[*]}. Install them (as root): apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${need[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# Debian starts the packaged services; the tests start their own on other ports.
systemctl disable --now postgresql redis-server nginx >/dev/null 2>&1 || true
service nginx stop >/dev/null 2>&1 || true
service postgresql stop >/dev/null 2>&1 || true
service redis-server stop >/dev/null 2>&1 || true

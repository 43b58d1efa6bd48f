#!/usr/bin/env bash
# Installs the Debian packages Kaiki needs that are missing. Usage: run | test
set -euo pipefail

packages=(python3-venv gettext fonts-ipafont-gothic)
if [ "${1:-run}" = test ]; then
    packages+=(chromium poppler-utils)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing Debian packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# Installs the Debian 12 packages DNAS Studio builds, tests and runs with,
# (OpenBLAS: LibTorch otherwise falls back to the reference BLAS, 7x slower),
# only those missing. Uses sudo when not root. Nothing else is downloaded.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6sql6-sqlite qt6-translations-l10n
    libqcustomplot-dev libqcustomplot2.1-qt6
    libtorch-dev libopenblas0-serial
    libsqlite3-dev sqlite3 zlib1g-dev
    clang-14 libclang-rt-14-dev
    libgl-dev
    appstream desktop-file-utils dpkg-dev
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

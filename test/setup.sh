#!/usr/bin/env bash
# Sets up a fresh Debian machine for Plainspeak's tests: the Debian packages
# the tests drive (Chromium, Neovim, GNU style, pre-commit, and pandoc and LibreOffice, which read
# the .docx copies `fix` writes), pnpm, the workspace's
# packages, a build, and the VS Code (code-server) used by the editor test.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

debian_packages=(chromium neovim diction ripgrep libkrb5-dev build-essential python3 pre-commit pandoc libreoffice-writer-nogui)
missing=()
for package in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v pnpm >/dev/null 2>&1; then
  echo "setup: installing pnpm"
  npm install --global pnpm@12 >/dev/null
fi

pnpm install --frozen-lockfile
pnpm build

if [ -x test/vscode/setup-code-server.sh ]; then
  bash test/vscode/setup-code-server.sh
fi

#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3, the last release that runs on Node 20) from the
# npm registry, offline-style: no postinstall downloads. Idempotent: does nothing when the
# install marker is present. Needs Debian `libkrb5-dev` (native module headers) and `ripgrep`.
#
#   test/vscode/setup-code-server.sh          # installs into $PLAINSPEAK_CACHE or <repo>/.cache
#   prints the install folder on its last line
set -euo pipefail

version=4.100.3
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cache="${PLAINSPEAK_CACHE:-$repo_root/.cache}"
target="$cache/code-server/$version"
marker="$target/.plainspeak-installed"

if [[ -f "$marker" ]]; then
  echo "code-server $version already installed" >&2
  echo "$target"
  exit 0
fi

for tool in npm node tar; do
  command -v "$tool" >/dev/null || { echo "setup-code-server: \`$tool\` is missing" >&2; exit 1; }
done
if [[ ! -x /usr/bin/rg ]]; then
  echo "setup-code-server: /usr/bin/rg is missing: apt-get install -y ripgrep" >&2
  exit 1
fi
if [[ ! -e /usr/include/gssapi/gssapi.h && ! -e /usr/include/krb5.h ]]; then
  echo "setup-code-server: Kerberos headers are missing: apt-get install -y libkrb5-dev" >&2
  exit 1
fi

mkdir -p "$cache/code-server"
staging="$(mktemp -d "$cache/code-server/.staging.XXXXXX")"
trap 'rm -rf "$staging"' EXIT

cd "$staging"
echo "setup-code-server: fetching code-server@$version" >&2
npm pack --silent "code-server@$version" >/dev/null
tar xzf "code-server-$version.tgz"
cd package

export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
npm install --omit=dev --ignore-scripts --no-package-lock >&2
npm rebuild argon2 >&2

cd lib/vscode
npm install --omit=dev --ignore-scripts --no-package-lock >&2
# @vscode/ripgrep's postinstall downloads a binary; Debian's works the same.
mkdir -p node_modules/@vscode/ripgrep/bin
cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
npm_config_yes=true npm rebuild >&2
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --no-package-lock >&2)
cd ../..

touch .plainspeak-installed
rm -rf "$target"
mkdir -p "$(dirname "$target")"
mv "$staging/package" "$target"
echo "setup-code-server: installed into $target" >&2
echo "$target"

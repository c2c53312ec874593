#!/usr/bin/env bash
# The Debian packages the project needs beyond Python, installed when missing:
#   scripts/system-packages.sh [npm] [chromium] [postgresql] [redis]      (default: all four)
#   npm         Node.js and npm: the chat page's client libraries (npm registry), `make run` and `make test`
#   chromium    Debian's Chromium for the browser tests (tests/browser), unless SKIP_BROWSER_TESTS=1
#   postgresql  PostgreSQL for the scaled-out tests (tests/scale), unless SKIP_SCALE_TESTS=1
#   redis       Redis for the same tests
# As root (or with password-less sudo) it runs apt-get; otherwise it stops at once and prints the
# exact command to type. Called by `make run`, `make test` and .ci/run (through `make test`).
set -euo pipefail
wanted=("$@")
((${#wanted[@]})) || wanted=(npm chromium postgresql redis)
missing=()
for what in "${wanted[@]}"; do
  case $what in
    npm) command -v npm >/dev/null || missing+=(nodejs npm) ;;
    chromium) [[ ${SKIP_BROWSER_TESTS:-0} == 1 ]] || command -v chromium >/dev/null || missing+=(chromium) ;;
    postgresql) [[ ${SKIP_SCALE_TESTS:-0} == 1 ]] || ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 \
                  || missing+=(postgresql) ;;
    redis) [[ ${SKIP_SCALE_TESTS:-0} == 1 ]] || command -v redis-server >/dev/null || missing+=(redis-server) ;;
    *) echo "Paquet inconnu : $what" >&2; exit 2 ;;
  esac
done
((${#missing[@]})) || exit 0

command="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}"
if ! command -v apt-get >/dev/null; then
  echo "Il manque : ${missing[*]}. Installez ces paquets avec le gestionnaire de paquets de votre système," >&2
  echo "ou lancez les tests sans eux : SKIP_BROWSER_TESTS=1 SKIP_SCALE_TESTS=1 make test" >&2
  exit 1
fi
if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo=(sudo)
else
  echo "Il manque des paquets système : ${missing[*]}." >&2
  echo "Installez-les avec :  sudo sh -c '$command'" >&2
  echo "(ou sans les tests qui en ont besoin : SKIP_BROWSER_TESTS=1 SKIP_SCALE_TESTS=1 make test)" >&2
  exit 1
fi
echo "Installation des paquets système : ${missing[*]}…" >&2
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null

#!/usr/bin/env bash
# Print the path of a working Python interpreter of the given version (3.10, 3.11).
# Looks on PATH, then in pyenv's versions, then in /usr/bin; exits 1 if none runs.
set -u
version=$1
candidates=("python$version")
if command -v pyenv >/dev/null 2>&1; then
  for p in "$(pyenv root)"/versions/"$version".*/bin/python"$version"; do candidates+=("$p"); done
fi
for p in "$HOME"/.pyenv/versions/"$version".*/bin/python"$version" /usr/bin/python"$version" /usr/local/bin/python"$version"; do
  candidates+=("$p")
done
for p in "${candidates[@]}"; do
  if "$p" -c "import sys; assert sys.version_info[:2] == tuple(map(int, '$version'.split('.')))" >/dev/null 2>&1; then
    command -v "$p" 2>/dev/null || echo "$p"
    exit 0
  fi
done
echo "Python $version introuvable : installez-le (par exemple avec pyenv) puis relancez." >&2
exit 1

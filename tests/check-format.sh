#!/usr/bin/env bash
# Fails, naming the files, when any C++ source differs from .clang-format's style.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' 2>/dev/null ||
        find api app models sandbox tests ui -name '*.cpp' -o -name '*.h')
[ -n "$files" ] || exit 0
# shellcheck disable=SC2086
if ! clang-format --dry-run --Werror $files; then
  echo "Unformatted code: run 'clang-format -i' on the files above." >&2
  exit 1
fi
echo "format: $(echo "$files" | wc -w) files formatted"

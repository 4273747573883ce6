#!/usr/bin/env bash
# pre-commit entry for xborder (see .pre-commit-hooks.yaml): scans the files pre-commit passes in and
# fails the commit when the gate fails. Reports go to a temporary folder, never into the repository.
#
# The binary: $XBORDER_BIN if set, else `xborder` on PATH, else this repository's release build,
# built once with `swift build -c release` (needs Swift 6.1+, libpcre2-dev, zlib1g-dev, pkg-config).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

find_binary() {
  if [ -n "${XBORDER_BIN:-}" ]; then echo "$XBORDER_BIN"; return; fi
  if command -v xborder >/dev/null 2>&1; then command -v xborder; return; fi
  local built="$here/.build/release/xborder"
  if [ ! -x "$built" ]; then
    echo "xborder: building the release binary once in $here (swift build -c release)" >&2
    (cd "$here" && swift build -c release --product xborder >&2)
  fi
  echo "$built"
}

# Options come first (the hook's `args:`), then the staged file names.
options=()
while [ "$#" -gt 0 ] && [[ "$1" == -* ]]; do
  options+=("$1")
  # Options that take a value: pass the value along with them.
  case "$1" in
    --fail-on|--min-confidence|--policy|--config|--baseline|--rules|--disable|--include|--exclude|\
    --max-file-size|--fingerprint-key-file|--ip-regions|--jobs|-j)
      shift; options+=("$1") ;;
  esac
  shift
done
[ "$#" -eq 0 ] && exit 0

# With several paths the scan root is the current folder (pre-commit runs at the repository root), so
# paths, .xborder.yml and .xborder-baseline.json are those of the repository root. With a single path
# the root would be that file's folder; naming the file twice keeps the root (the walker drops duplicates).
[ "$#" -eq 1 ] && set -- "$1" "$1"

binary="$(find_binary)"
reports="$(mktemp -d "${TMPDIR:-/tmp}/xborder-pre-commit.XXXXXX")"
trap 'rm -rf "$reports"' EXIT
# The summary goes to pre-commit's output; the report folder is deleted on exit, so its line is left out.
set +e
"$binary" scan --output "$reports" --format sarif "${options[@]+"${options[@]}"}" -- "$@" | sed '/^Reports: /d'
status=${PIPESTATUS[0]}
exit "$status"

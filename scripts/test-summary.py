#!/usr/bin/env python3
"""Prints the closing line `N passed, N failed` from a `swift test` log (Swift Testing's summary).

Usage: scripts/test-summary.py LOG
Exit code 1 when the log shows failures or no test ran at all.
"""
import re
import sys


def main() -> int:
    text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
    summary = re.search(r"Test run with (\d+) tests? in \d+ suites? (passed|failed)", text)
    if not summary:
        print("0 passed, 0 failed (no Swift Testing summary found)")
        return 1
    total = int(summary.group(1))
    failed = len(set(re.findall(r"^✘ Test (\S+?)\(.*?failed", text, re.MULTILINE)))
    if summary.group(2) == "failed" and failed == 0:
        failed = 1
    print(f"{total - failed} passed, {failed} failed")
    return 1 if failed or total == 0 else 0


if __name__ == "__main__":
    sys.exit(main())

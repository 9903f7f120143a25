#!/usr/bin/env python3
"""Prints the tests a Swift Testing log shows as started and never ended (passed, failed or
skipped): after a run is stopped at its deadline, these are the tests that hung it."""
import re
import sys

started, ended = [], set()
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    line = line.rstrip("\n")
    match = re.match(r"^◇ Test (.+) started\.$", line)
    if match and match.group(1) != "run" and not match.group(1).startswith("case "):
        started.append(match.group(1))
        continue
    match = re.match(r"^[✔✘➜] Test (.+?)(?: with \d+ test cases?)? (?:passed|failed|skipped|was cancelled)\b", line)
    if match:
        ended.add(match.group(1))
unfinished = [name for name in started if name not in ended]
for name in unfinished:
    print(f"  {name}")
if not unfinished:
    print("  (none: every test that started ended; the run itself did not)")

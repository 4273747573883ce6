#!/usr/bin/env python3
"""Throughput benchmark: xborder vs ripgrep on the same patterns vs a read-only floor, in one run.

    python3 scripts/bench/bench.py --xborder .build/release/xborder --corpus .build/bench-corpus [--rounds 1]

For one thread and for all cores, alternating in each round:
  - xborder scan (shipped rules, validators, context, reports to a temp folder, --fail-on none);
  - rg --count-matches -f PATTERNS (`xborder rules export --format patterns`: the same regexes,
    lookarounds dropped): finds every match, as a scanner must: the baseline the ratios use;
  - rg -c -f PATTERNS: counts matching lines, so it stops at the first match of each line (shown for
    reference; on this corpus nearly every line matches some pattern early, so it is far cheaper);
  - the floor: rg searching a literal that never occurs (or `cat > /dev/null` without rg).
Each command runs under /usr/bin/time -v for wall time, CPU time and peak RSS; the table shows the
fastest round. MB per CPU second is the steadier figure on a machine shared with other work.
Prints a Markdown table with the machine. Absolute numbers are noisy on shared machines: compare rows.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile

NEVER = "xborder-bench-literal-that-never-occurs-5f0c"
RG_EVERY = "rg -f patterns, every match"
RG_LINES = "rg -f patterns, lines only (-c)"


def corpus_bytes(root: str) -> int:
    total = 0
    for folder, _, files in os.walk(root):
        total += sum(os.path.getsize(os.path.join(folder, name)) for name in files if name != ".complete")
    return total


def timed(command: list[str], shell: bool = False) -> tuple[float, int, float]:
    """(wall seconds, peak RSS in KiB, CPU seconds) of one run; exits on failure."""
    timer = ["/usr/bin/time", "-v"]
    full = timer + (["bash", "-c", command[0]] if shell else command)
    result = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # rg exits 1 when nothing matched; xborder 1 when the gate failed (here: never, --fail-on none).
    if result.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(command)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", result.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    cpu = sum(float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", result.stderr))
    if not wall or not rss:
        sys.exit(f"bench: cannot read /usr/bin/time output:\n{result.stderr[-2000:]}")
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    return seconds, int(rss.group(1)), cpu


def _spin(_: int) -> None:
    x = 0
    for i in range(6_000_000):
        x += i


def available_cores(cores: int) -> float:
    """How many cores the machine really gives us now: the same busy loop once, then `cores` at a time.
    On a shared machine this is what the multi-thread rows can at most show as speed-up."""
    import multiprocessing
    import time
    start = time.perf_counter()
    _spin(0)
    one = time.perf_counter() - start
    with multiprocessing.Pool(cores) as pool:
        start = time.perf_counter()
        pool.map(_spin, range(cores))
        many = time.perf_counter() - start
    return cores * one / many


def machine() -> str:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{os.cpu_count()} cores (nproc), {model}, {platform.system()} {platform.release()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xborder", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    size = corpus_bytes(args.corpus)
    rg = shutil.which("rg")
    work = tempfile.mkdtemp(prefix="xborder-bench-")
    patterns = os.path.join(work, "patterns.txt")
    with open(patterns, "w") as out:
        subprocess.run([args.xborder, "rules", "export", "--format", "patterns"], stdout=out, check=True)
    pattern_count = sum(1 for _ in open(patterns))
    if not rg:
        print("bench: ripgrep (rg) is not installed: no rg rows; the floor is `cat > /dev/null`", file=sys.stderr)
    subprocess.run(["bash", "-c", f"find {args.corpus} -type f -exec cat {{}} + > /dev/null"], check=True)

    thread_counts = [1] if cores == 1 else [1, cores]
    capacity_before = available_cores(cores)
    runs: list[tuple[str, int, list[str], bool]] = []
    for threads in thread_counts:
        scan = [args.xborder, "scan", args.corpus, "--jobs", str(threads), "--fail-on", "none", "--quiet",
                "--no-config", "--no-gitignore", "--output", os.path.join(work, f"reports-{threads}")]
        runs.append(("xborder scan", threads, scan, False))
        if rg:
            runs.append((RG_EVERY, threads, [rg, "--no-ignore", "--threads", str(threads), "--count-matches",
                                             "-f", patterns, args.corpus], False))
            runs.append((RG_LINES, threads,
                         [rg, "--no-ignore", "--threads", str(threads), "-c", "-f", patterns, args.corpus], False))
            runs.append(("floor: rg absent literal", threads,
                         [rg, "--no-ignore", "--threads", str(threads), "-c", "-F", NEVER, args.corpus], False))
        elif threads == 1:
            runs.append(("floor: cat > /dev/null", 1, [f"find {args.corpus} -type f -exec cat {{}} + > /dev/null"], True))

    best: dict[tuple[str, int], tuple[float, int, float]] = {}
    for round_number in range(args.rounds):
        for name, threads, command, shell in runs:
            seconds, rss, cpu = timed(command, shell)
            print(f"bench: round {round_number + 1}: {name} -j{threads}: {seconds:.2f} s", file=sys.stderr)
            key = (name, threads)
            if key not in best or seconds < best[key][0]:
                best[key] = (seconds, max(rss, best.get(key, (0, 0, 0))[1]), cpu)

    mb = size / 1e6
    print(f"\nCorpus: {size / 2**20:.0f} MiB ({args.corpus}); {pattern_count} exported patterns; "
          f"best of {args.rounds} round(s).")
    print(f"Machine: {machine()}.\n")
    print("| run | threads | wall s | MB/s | vs rg every match (same threads) | vs floor | CPU s | MB per CPU s "
          "| peak RSS MiB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for threads in thread_counts:
        rg_time = best.get((RG_EVERY, threads), (None, 0, 0))[0]
        floors = [key for key in best if key[0].startswith("floor")]
        floor_key = next((key for key in floors if key[1] == threads), floors[0] if floors else None)
        floor_time = best[floor_key][0] if floor_key else None
        for name, run_threads, _, _ in runs:
            if run_threads != threads:
                continue
            seconds, rss, cpu = best[(name, threads)]
            seconds = max(seconds, 0.01)  # /usr/bin/time reports to the hundredth
            versus_rg = f"{rg_time / seconds:.2f}×" if rg_time else "–"
            versus_floor = f"{floor_time / seconds:.3f}×" if floor_time else "–"
            per_cpu = f"{mb / cpu:.1f}" if cpu > 0 else "–"
            print(f"| {name} | {threads} | {seconds:.2f} | {mb / seconds:.1f} | {versus_rg} | {versus_floor} | "
                  f"{cpu:.1f} | {per_cpu} | {rss / 1024:.0f} |")
    one = best[("xborder scan", 1)][0]
    capacity_after = available_cores(cores)
    if cores > 1:
        print(f"\nxborder speed-up on {cores} cores: {one / best[('xborder scan', cores)][0]:.2f}×; "
              f"cores actually available (busy-loop check before/after): {capacity_before:.2f}/{capacity_after:.2f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

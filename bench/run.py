#!/usr/bin/env python3
"""Whole-command benchmark for cemr: interleaved runs, medians, ratios against peers.

Usage: python3 bench/run.py [--runs N] [--size S G A M] [--open PERCENT] [--no-taplo] [--skip-build]

Builds cemr and the floor example in release mode, generates the synthetic Europe-scale
repository (2,000 signatories x 12 goals x 40 activities x 8 measurements, ~40 MB) and makes it
a git repository with a change touching 10 plans, then times, in interleaved rounds (with
--open, a repository where that percent of the activities is still open, default 50: the
summary lists every overdue one, so --open 100 is its heaviest case):
  read      a plain read of every plan file (the I/O floor)
  floor     read + serde deserialize with the toml crate into borrowed structs, all cores
  taplo     taplo check --schema schema/plan.schema.json (installed from crates.io if missing)
  validate / status / deadlines / summary / diff (10 plans changed) / site  -- cemr itself
and the same cemr commands on the example data in plans/. Prints medians, peak memory and
the ratios the project's targets are stated in. No timing is asserted anywhere.
"""
import argparse, os, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
CEMR = os.path.join(TARGET, "release", "cemr")
FLOOR = os.path.join(TARGET, "release", "examples", "floor")
TODAY = "2026-11-24"


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def timed(cmd, cwd):
    """Wall time (s) and peak RSS (KB) of one run; output discarded."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {code}")
    return elapsed, usage.ru_maxrss


def make_repo(path, size):
    if os.path.isdir(os.path.join(path, ".git")):
        return
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    sh(["cargo", "run", "--quiet", "--release", "--example", "synth", "--", path, *map(str, size)], cwd=ROOT)
    os.makedirs(os.path.join(path, "schema"), exist_ok=True)
    shutil.copy(os.path.join(ROOT, "schema", "plan.schema.json"), os.path.join(path, "schema"))
    git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid"]
    sh(git + ["init", "-q", "-b", "main"], cwd=path)
    sh(git + ["add", "-A"], cwd=path)
    sh(git + ["commit", "-q", "-m", "base"], cwd=path)
    # A change touching 10 plans: one activity done in each.
    changed = 0
    for dirpath, _, names in sorted(os.walk(os.path.join(path, "plans"))):
        for name in sorted(names):
            if changed == 10:
                break
            f = os.path.join(dirpath, name)
            text = open(f, encoding="utf-8").read()
            new = text.replace('status = "planned"', 'status = "done"\nfinished = 2025-06-01', 1)
            if new != text:
                open(f, "w", encoding="utf-8").write(new)
                changed += 1
    sh(git + ["commit", "-q", "-am", "ten plans change"], cwd=path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--size", type=int, nargs=4, default=[2000, 12, 40, 8])
    ap.add_argument("--open", type=int, default=50, help="percent of activities still open")
    ap.add_argument("--repo", help="where the repository is made (default /tmp/cemr-bench-europe[-openN])")
    ap.add_argument("--no-taplo", action="store_true")
    ap.add_argument("--skip-build", action="store_true")
    args = ap.parse_args()
    if args.repo is None:
        args.repo = "/tmp/cemr-bench-europe" + ("" if args.open == 50 else f"-open{args.open}")

    if not args.skip_build:
        sh(["cargo", "build", "--quiet", "--release", "--locked", "--bin", "cemr", "--example", "floor"], cwd=ROOT)
    make_repo(args.repo, args.size + [1, args.open])
    taplo = shutil.which("taplo") or os.path.expanduser("~/.cargo/bin/taplo")
    if not args.no_taplo and not os.path.exists(taplo):
        print("installing taplo-cli from crates.io (once) ...", file=sys.stderr)
        sh(["cargo", "install", "--quiet", "--locked", "taplo-cli"])
    files = []
    for dirpath, _, names in os.walk(os.path.join(args.repo, "plans")):
        files += [os.path.join(dirpath, n) for n in names if n.endswith(".toml")]
    size_mb = sum(os.path.getsize(f) for f in files) / 1e6
    cores = os.cpu_count()

    europe = {
        "read": ["sh", "-c", "find plans -name '*.toml' -print0 | xargs -0 cat > /dev/null"],
        "floor": [FLOOR, "."],
        "validate": [CEMR, "--today", TODAY, "validate", "-q"],
        "status": [CEMR, "--today", TODAY, "status"],
        "deadlines": [CEMR, "--today", TODAY, "deadlines"],
        "summary": [CEMR, "--today", TODAY, "summary", "--quarter", "2026Q3"],
        "diff": [CEMR, "--today", TODAY, "diff", "HEAD~1", "HEAD"],
        # The public site, written whole beside the repository (replaced each round).
        "site": [CEMR, "--today", TODAY, "-q", "site", "--force", "-o", args.repo + "-site"],
    }
    if not args.no_taplo:
        europe["taplo"] = [taplo, "check", "--schema", "file://" + os.path.join(args.repo, "schema", "plan.schema.json"), *sorted(os.path.relpath(f, args.repo) for f in files)]
    example = {f"example {k}": [CEMR, "--today", TODAY, *v] for k, v in {
        "validate": ["validate", "-q"], "status": ["status"], "deadlines": ["deadlines"],
        "summary": ["summary", "--quarter", "2026Q3"],
        "site": ["-q", "site", "--force", "-o", os.path.join(TARGET, "bench-example-site")]}.items()}

    times = {k: [] for k in [*europe, *example]}
    peaks = {k: 0 for k in times}
    for _ in range(args.runs):  # interleaved: every command once per round
        for name, cmd in europe.items():
            t, rss = timed(cmd, args.repo)
            times[name].append(t); peaks[name] = max(peaks[name], rss)
        for name, cmd in example.items():
            t, rss = timed(cmd, ROOT)
            times[name].append(t); peaks[name] = max(peaks[name], rss)

    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"machine: {cores} cores; repository: {len(files)} plans, {size_mb:.1f} MB; {args.runs} interleaved runs\n")
    print(f"{'command':22} {'median s':>9} {'min s':>8} {'peak MB':>8}")
    for k in times:
        print(f"{k:22} {med[k]:9.3f} {min(times[k]):8.3f} {peaks[k] / 1024:8.1f}")
    print("\nratios (targets in brackets):")
    def ratio(a, b, target):
        if a in med and b in med:
            print(f"  {a} / {b:10} = {med[a] / med[b]:6.3f}   [<= {target}]")
    ratio("validate", "floor", 1.25)
    ratio("validate", "taplo", 0.08)
    ratio("status", "validate", 1.5)
    ratio("summary", "validate", 1.5)
    ratio("diff", "validate", 0.1)
    ratio("site", "validate", 3)
    print(f"  validate peak memory / repository size = {peaks['validate'] / 1024 / size_mb:.2f}   [<= 3]")


if __name__ == "__main__":
    main()

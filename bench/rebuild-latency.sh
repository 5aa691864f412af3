#!/bin/sh
# Save-to-disk latency of `lantern serve`: how long after one page's body is
# saved its new HTML is in the output folder.
#
#   bench/rebuild-latency.sh [SITE] [SAVES]
#
# SITE defaults to /tmp/site-10k, generated with ../shared/bench/gen_corpus.py
# (10,000 pages) when missing; its corpus.json names the sample page. The
# script builds Lantern in release mode, starts `lantern serve` on a free
# port, then SAVES times (default 40) rewrites the sample page's body, polls
# the output file until the new text is there, and waits for the rebuild to
# finish (generated files too) before the next save. It prints the median,
# 90th percentile and worst save-to-disk time, and the median time of the
# whole rebuild as `serve` reports it.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
site=${1:-/tmp/site-10k}
saves=${2:-40}
generator=${GEN_CORPUS:-$here/../../shared/bench/gen_corpus.py}
[ -f "$generator" ] || generator=/work/shared/bench/gen_corpus.py
if [ ! -f "$site/corpus.json" ]; then
    python3 "$generator" "$site" --pages 10000
fi
cargo build --release --quiet --manifest-path "$here/Cargo.toml"
target=${CARGO_TARGET_DIR:-$here/target}
binary=$(mktemp -d)/lantern
cp "$target/release/lantern" "$binary"
python3 - "$binary" "$site" "$saves" <<'PY'
import json, os, statistics, subprocess, sys, threading, time

binary, site, saves = sys.argv[1], sys.argv[2], int(sys.argv[3])
sample = json.load(open(os.path.join(site, "corpus.json")))["sample"]
source = os.path.join(site, sample["source"])
output = os.path.join(site, sample["output"])
original = open(source, encoding="utf-8").read()

serve = subprocess.Popen([binary, "serve", "--root", site, "--port", "0"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
rebuilds = []
def read_stderr():
    for line in serve.stderr:
        if line.startswith(("built", "rebuilt", "not published")):
            rebuilds.append(line.strip())
threading.Thread(target=read_stderr, daemon=True).start()
try:
    url = serve.stdout.readline().strip()
    print(url, "|", rebuilds[0] if rebuilds else "", file=sys.stderr)
    latencies, totals = [], []
    for n in range(saves):
        marker = f"Edited paragraph number {n} for the latency test."
        text = original.rstrip("\n") + "\n\n" + marker + "\n"
        done = len(rebuilds) + 1
        started = time.perf_counter()
        with open(source, "w", encoding="utf-8") as f:
            f.write(text)
        while True:
            try:
                with open(output, encoding="utf-8") as f:
                    if marker in f.read():
                        break
            except FileNotFoundError:
                pass
            if time.perf_counter() - started > 30:
                sys.exit(f"save {n}: the page did not change within 30 s")
            time.sleep(0.0005)
        latencies.append((time.perf_counter() - started) * 1000)
        deadline = time.perf_counter() + 30
        while len(rebuilds) < done and time.perf_counter() < deadline:
            time.sleep(0.002)
        line = rebuilds[-1]
        if line.startswith("rebuilt in "):
            totals.append(int(line.split()[2]))
        time.sleep(0.05)
    latencies.sort()
    print(f"saves: {saves}; load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"save to new HTML on disk: median {statistics.median(latencies):.1f} ms, "
          f"p90 {latencies[int(len(latencies) * 0.9) - 1]:.1f} ms, worst {latencies[-1]:.1f} ms")
    if totals:
        print(f"whole rebuild as reported (pages and generated files): median {statistics.median(totals)} ms")
finally:
    with open(source, "w", encoding="utf-8") as f:
        f.write(original)
    time.sleep(0.3)
    serve.terminate()
    serve.wait()
PY

#!/bin/sh
# Save-to-disk latency of `lantern serve`: how long after a save the page's
# new HTML is in the output folder, and how long until the whole output
# folder is what `lantern build` writes for the same content.
#
#   bench/rebuild-latency.sh [SITE] [SAVES]
#
# SITE defaults to /tmp/site-10k, generated with ../shared/bench/gen_corpus.py
# (10,000 pages) when missing; its corpus.json names the sample page. The
# script builds Lantern in release mode (or uses $LANTERN if set).
#
# Each save edits one thing in the sample page, in turn: its body (a
# paragraph added or taken away), its title, its date. That makes six
# states of the site; before `serve` starts, `lantern build` builds each
# of them once and the script notes every output file's hash. Then it
# starts `lantern serve` on a free port and SAVES times (default 40):
#
# - saves the page and notes when that page's HTML on disk is what
#   `lantern build` writes for it ("page");
# - polls until `serve` reports the rebuild done and every file the save
#   changes (page, lists, feeds, sitemap, tracker, theme pages) is what
#   `lantern build` writes ("fully consistent");
# - then, off the clock, checks the whole output folder against the
#   clean build, file by file, and stops with the differences if any.
#
# It prints the median, 90th percentile and worst of both times, the
# median rebuild as `serve` reports it, and the serving process's peak
# resident memory (VmHWM). Both `serve` and the builds get the same
# SOURCE_DATE_EPOCH.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
site=${1:-/tmp/site-10k}
saves=${2:-40}
generator=${GEN_CORPUS:-$here/../../shared/bench/gen_corpus.py}
[ -f "$generator" ] || generator=/work/shared/bench/gen_corpus.py
if [ ! -f "$site/corpus.json" ]; then
    python3 "$generator" "$site" --pages 10000
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${LANTERN:-}" ]; then
    cp "$LANTERN" "$work/lantern"
else
    cargo build --release --quiet --manifest-path "$here/Cargo.toml"
    target=${CARGO_TARGET_DIR:-$here/target}
    cp "$target/release/lantern" "$work/lantern"
fi
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date +%s)} python3 - "$work" "$site" "$saves" <<'PY'
import datetime, hashlib, json, math, os, re, shutil, statistics, subprocess, sys, threading, time

work, site, saves = sys.argv[1], sys.argv[2], int(sys.argv[3])
binary = os.path.join(work, "lantern")
sample = json.load(open(os.path.join(site, "corpus.json")))["sample"]
source = os.path.join(site, sample["source"])
public = os.path.join(site, "public")
page = os.path.relpath(os.path.join(site, sample["output"]), public)
original = open(source, encoding="utf-8").read()

def edited(body, title, date):
    """The sample page with its body, title and date edited or not."""
    head, _, rest = original.partition("\n+++\n")
    lines = head.split("\n")
    top = next((i for i, l in enumerate(lines) if l.startswith("[")), len(lines))
    for i in range(top):
        if title and lines[i].startswith("title = \""):
            lines[i] = lines[i][:-1] + " (revised)\""
            title = False
        elif date and re.match(r"date = \d{4}-\d\d-\d\d$", lines[i]):
            day = datetime.date.fromisoformat(lines[i][7:]) + datetime.timedelta(days=1)
            lines[i] = f"date = {day.isoformat()}"
            date = False
    assert not title and not date, "the sample page has no top-level title or date"
    text = "\n".join(lines) + "\n+++\n" + rest
    if body:
        text = text.rstrip("\n") + "\n\nA paragraph added for the latency test.\n"
    return text

# Each save flips one of body, title, date: six states, then round again.
states, kinds, state = [], [], [False, False, False]
for n in range(saves):
    kind = n % 3
    state[kind] = not state[kind]
    states.append(tuple(state))
    kinds.append(("body", "title", "date")[kind])

def manifest(folder):
    """Every file under folder: relative path -> hash of its bytes."""
    files = {}
    for parent, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(parent, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, folder)] = hashlib.blake2b(f.read(), digest_size=16).digest()
    return files

def write(text):
    with open(source, "w", encoding="utf-8") as f:
        f.write(text)

serve = None
try:
    # What `lantern build` writes for each state, noted before serving.
    expected = {}
    for key in [(False, False, False)] + sorted(set(states)):
        if key in expected:
            continue
        write(edited(*key))
        output = os.path.join(work, "clean")
        build = subprocess.run([binary, "build", "--root", site, "--output", output],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if build.returncode != 0:
            sys.exit(f"lantern build failed:\n{build.stderr}")
        expected[key] = manifest(output)
        shutil.rmtree(output)
    write(original)

    serve = subprocess.Popen([binary, "serve", "--root", site, "--port", "0"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    rebuilds = []  # (time, line) of each build report
    def read_stderr():
        for line in serve.stderr:
            if line.startswith(("built", "rebuilt", "not published")):
                rebuilds.append((time.perf_counter(), line.strip()))
    threading.Thread(target=read_stderr, daemon=True).start()
    url = serve.stdout.readline().strip()
    deadline = time.perf_counter() + 5
    while not rebuilds and time.perf_counter() < deadline:
        time.sleep(0.01)
    print(url, "|", rebuilds[0][1] if rebuilds else "", file=sys.stderr, flush=True)

    def differences(want):
        have = manifest(public)
        wrong = sorted(p for p in want.keys() | have.keys() if want.get(p) != have.get(p))
        return wrong

    def digest(path):
        try:
            with open(os.path.join(public, path), "rb") as f:
                return hashlib.blake2b(f.read(), digest_size=16).digest()
        except FileNotFoundError:
            return None

    def stamp(path):
        """What changes when a file is written, cheaper to ask than its hash."""
        try:
            s = os.stat(os.path.join(public, path))
            return (s.st_ino, s.st_mtime_ns, s.st_size)
        except FileNotFoundError:
            return None

    previous = expected[(False, False, False)]
    wrong = differences(previous)
    if wrong:
        sys.exit(f"the first build differs from lantern build in {len(wrong)} files: {wrong[:10]}")
    to_page, to_full, totals, sizes = [], [], [], {}
    for n, (key, kind) in enumerate(zip(states, kinds)):
        want = expected[key]
        changing = [p for p in want.keys() | previous.keys() if want.get(p) != previous.get(p)]
        reports = len(rebuilds)
        started = time.perf_counter()
        write(edited(*key))
        page_at = full_at = matched_at = None
        matched, stamps = set(), {}
        sizes.setdefault(kind, []).append(len(changing))
        while full_at is None:
            now = time.perf_counter()
            if now - started > 30:
                sys.exit(f"save {n} ({kind}): not consistent within 30 s; "
                         f"still different: {sorted(set(changing) - matched)[:10]}")
            if page_at is None and digest(page) == want.get(page):
                page_at = now
            done = rebuilds[reports:]
            if any(line.startswith("not published") for _, line in done):
                sys.exit(f"save {n} ({kind}) was not published: {done}")
            for path in changing:
                if path in matched:
                    continue
                # Hash a file only when it has been written since the last
                # look, so that polling leaves the CPU to `serve`.
                now_stamp = stamp(path)
                if path in stamps and stamps[path] == now_stamp:
                    continue
                stamps[path] = now_stamp
                if digest(path) == want.get(path):
                    matched.add(path)
            if matched_at is None and len(matched) == len(changing):
                matched_at = now
            if done and matched_at is not None:
                # Both hold: the rebuild said it was done, and every file
                # it had to change is what a clean build writes.
                full_at = max(matched_at, done[0][0])
            else:
                time.sleep(0.0005)
        to_page.append((page_at - started) * 1000)
        to_full.append((full_at - started) * 1000)
        line = rebuilds[-1][1]
        if line.startswith("rebuilt in "):
            totals.append(int(line.split()[2]))
        # Off the clock: the whole folder, file by file.
        wrong = differences(want)
        if wrong:
            sys.exit(f"save {n} ({kind}): {len(wrong)} files differ from lantern build: {wrong[:10]}")
        previous = want
        time.sleep(0.05)

    def figures(values):
        values = sorted(values)
        return (f"median {statistics.median(values):.1f} ms, "
                f"p90 {values[math.ceil(len(values) * 0.9) - 1]:.1f} ms, worst {values[-1]:.1f} ms")
    def by_kind(values, wanted):
        return [v for v, k in zip(values, kinds) if k == wanted]
    status = open(f"/proc/{serve.pid}/status").read()
    peak = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024
    counts = ", ".join(f"{kinds.count(k)} {k}" for k in ("body", "title", "date"))
    print(f"saves: {saves} ({counts}); load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"body edit to that page's new HTML on disk: {figures(by_kind(to_page, 'body'))}")
    print(f"  (every edit: {figures(to_page)})")
    print(f"body, title or date edit to fully consistent output: {figures(to_full)}")
    print("  (median by edit: " + "; ".join(
        f"{k} {statistics.median(by_kind(to_full, k)):.1f} ms for {statistics.median(sizes[k]):.0f} changed files"
        for k in ("body", "title", "date")) + ")")
    if totals:
        print(f"whole rebuild as reported (pages and generated files): median {statistics.median(totals)} ms")
    print(f"serving process peak memory (VmHWM): {peak:.0f} MiB")
finally:
    write(original)
    if serve is not None:
        time.sleep(0.3)
        serve.terminate()
        serve.wait()
PY

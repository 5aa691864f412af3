#!/usr/bin/env bash
# Build-speed benchmark: Lantern beside Hugo on the same generated content,
# and beside the floor (copying Lantern's own output folder).
#
#   bench/run.sh [--quick]          # --quick: 1k and 10k only, 3 rounds
#
# Corpora come from ../shared/bench/gen_corpus.py (deterministic). Every
# round runs each command once, in turn (alternating), timed with
# /usr/bin/time -v for wall time and peak memory; the table shows medians.
# Needs: hugo, hyperfine (apt-get install hugo hyperfine), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
GEN="$ROOT/../shared/bench/gen_corpus.py"
WORK=${BENCH_DIR:-/tmp/lantern-bench}
ROUNDS=${ROUNDS:-5}
QUICK=0
[ "${1:-}" = "--quick" ] && { QUICK=1; ROUNDS=3; }
mkdir -p "$WORK"
for tool in hugo hyperfine; do
  command -v "$tool" >/dev/null || { echo "install $tool first: apt-get install $tool" >&2; exit 2; }
done
cargo build --release --quiet
LANTERN="$ROOT/target/release/lantern"

corpus() { # name pages langs flavour
  local dir="$WORK/$1-$4"
  [ -f "$dir/corpus.json" ] || python3 "$GEN" "$dir" --pages "$2" --langs "$3" --flavor "$4" --force >/dev/null
  echo "$dir"
}

# measure LABEL COMMAND… → appends "wall_seconds peak_kib" to $WORK/LABEL.times
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/.time" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  cat "$WORK/.time" >> "$WORK/$label.times"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
col() { awk -v c="$2" '{print $c}' "$WORK/$1.times" | median; }

run_corpus() { # name pages langs
  local name=$1 pages=$2 langs=$3
  local lsite hsite
  lsite=$(corpus "$name" "$pages" "$langs" lantern)
  hsite=$(corpus "$name" "$pages" "$langs" hugo)
  rm -f "$WORK/$name".*.times
  for _ in $(seq "$ROUNDS"); do
    # A fresh build: no output folder and no recycled staging folder.
    rm -rf "$WORK/out-lantern" "$WORK/.out-lantern.lantern-staging" "$WORK/out-hugo" "$WORK/out-copy"
    sync
    measure "$name.lantern" "$LANTERN" build --root "$lsite" --output "$WORK/out-lantern"
    # The first rebuild writes a second copy (the staging folder it keeps);
    # every rebuild after it, the everyday case, is measured.
    "$LANTERN" build --root "$lsite" --output "$WORK/out-lantern" >/dev/null 2>&1
    measure "$name.rebuild" "$LANTERN" build --root "$lsite" --output "$WORK/out-lantern"
    measure "$name.hugo" hugo --source "$hsite" --destination "$WORK/out-hugo" --quiet
    measure "$name.floor" cp -r "$WORK/out-lantern" "$WORK/out-copy"
  done
  local files
  files=$(find "$WORK/out-lantern" -type f | wc -l)
  local l h f r lm rm_ hm
  l=$(col "$name.lantern" 1); h=$(col "$name.hugo" 1); f=$(col "$name.floor" 1); r=$(col "$name.rebuild" 1)
  lm=$(col "$name.lantern" 2); rm_=$(col "$name.rebuild" 2); hm=$(col "$name.hugo" 2)
  printf "| %-14s | %6s | %7.2f s | %7.2f s | %5.2f × | %7.2f s | %5.2f × | %7.2f s | %5.2f × | %6.0f MiB | %6.0f MiB |\n" \
    "$name" "$files" "$l" "$h" "$(echo "$l / $h" | bc -l)" "$f" "$(echo "$l / $f" | bc -l)" \
    "$r" "$(echo "$r / $l" | bc -l)" "$(echo "$lm / 1024" | bc -l)" "$(echo "$hm / 1024" | bc -l)"
}

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(hugo version | cut -d' ' -f1-2); $ROUNDS alternating rounds, medians"
echo
echo "| corpus         |  files | Lantern   | Hugo      | ratio   | floor cp  | vs floor | rebuild   | vs fresh | Lantern peak | Hugo peak |"
echo "|----------------|-------:|----------:|----------:|--------:|----------:|---------:|----------:|---------:|-------------:|----------:|"
run_corpus 1k 1000 en
run_corpus 10k 10000 en
if [ "$QUICK" = 0 ]; then
  run_corpus 5kx2 5000 en,pl
  # Linear growth: 50,000 pages, Lantern only.
  big=$(corpus 50k 50000 en lantern)
  rm -rf "$WORK/out-50k" "$WORK/.out-50k.lantern-staging"; rm -f "$WORK/50k.lantern.times"
  measure 50k.lantern "$LANTERN" build --root "$big" --output "$WORK/out-50k"
  t50=$(col 50k.lantern 1); m50=$(col 50k.lantern 2); t10=$(col 10k.lantern 1)
  printf "\n50,000 pages: %.2f s, %.0f MiB peak; %.3f ms/page vs %.3f ms/page at 10k (%.0f %%)\n" \
    "$t50" "$(echo "$m50 / 1024" | bc -l)" "$(echo "$t50 * 1000 / 50000" | bc -l)" "$(echo "$t10 * 1000 / 10000" | bc -l)" \
    "$(echo "($t50 / 50000) / ($t10 / 10000) * 100 - 100" | bc -l)"
  rm -rf "$WORK/out-50k" "$WORK/.out-50k.lantern-staging"
fi

echo
echo "hyperfine, 10k pages (fresh output each run):"
lsite=$(corpus 10k 10000 en lantern)
hsite=$(corpus 10k 10000 en hugo)
hyperfine --style basic --runs "$ROUNDS" \
  --prepare "rm -rf $WORK/hf-lantern $WORK/.hf-lantern.lantern-staging $WORK/hf-hugo" \
  "$LANTERN build --root $lsite --output $WORK/hf-lantern" \
  "hugo --source $hsite --destination $WORK/hf-hugo --quiet" 2>&1 | grep -E "Time|±|faster|Benchmark" || true

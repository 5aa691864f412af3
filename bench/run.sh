#!/usr/bin/env bash
# Build-speed benchmark: Lantern beside Hugo on the same generated content,
# beside the floor (copying Lantern's own output folder), and beside the
# least a build on Lantern's crates must do (benches/minimal_build.rs: read,
# parse front matter, render Markdown and one small template, write).
#
#   bench/run.sh [--quick]          # --quick: 1k and 10k only, 3 rounds
#   bench/run.sh --against OLD      # this build against another lantern
#                                   # binary, paired in the same rounds
#
# Corpora come from ../shared/bench/gen_corpus.py (deterministic). Every
# round runs each command once, in turn, starting with a different one each
# round, and the table shows medians. Each run's wall time is read from the
# shell's microsecond clock (EPOCHREALTIME) around /usr/bin/time, which
# gives its peak memory: /usr/bin/time counts wall time only in hundredths
# of a second, a tenth of the 1k floor. What starting /usr/bin/time adds
# (about two milliseconds, against starting the command bare) is measured
# first and taken off every run.
#
# Fairness on ext4: a file system without a journal (like this machine's)
# skips inodes freed in the last minute (six, while their block is dirty)
# when it creates files, and scans past each of them, so whichever command
# runs just after a large `rm -rf` pays seconds for it. So nothing is
# deleted while the clock runs: every command writes into a folder of its
# own, the folders are removed at the end, and a run that starts less than
# six minutes after a removal waits out the rest.
#
# Needs: hugo, hyperfine (apt-get install hugo hyperfine), python3, bc.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
GEN="$ROOT/../shared/bench/gen_corpus.py"
WORK=${BENCH_DIR:-/tmp/lantern-bench}
ROUNDS=${ROUNDS:-5}
QUICK=0
AGAINST=""
[ "${1:-}" = "--quick" ] && { QUICK=1; ROUNDS=3; }
if [ "${1:-}" = "--against" ]; then
  AGAINST=$(realpath "${2:?--against needs the path of another lantern binary}")
  ROUNDS=${ROUNDS_AGAINST:-9}
fi
mkdir -p "$WORK"
for tool in hugo hyperfine bc; do
  command -v "$tool" >/dev/null || { echo "install $tool first: apt-get install $tool" >&2; exit 2; }
done
cargo build --release --quiet
LANTERN="$ROOT/target/release/lantern"
# The least a build on the same crates must do (benches/minimal_build.rs):
# how much of Lantern's time is its own work, and how much the disk's.
MINIMAL=$(cargo bench --bench minimal_build --no-run 2>&1 | grep -o 'target/release/deps/minimal_build-[0-9a-f]*' | head -n 1)
[ -x "$ROOT/$MINIMAL" ] || { echo "could not build benches/minimal_build.rs" >&2; exit 1; }
MINIMAL="$ROOT/$MINIMAL"
RUNS="$WORK/runs"

corpus() { # name pages langs flavour
  local dir="$WORK/$1-$4"
  [ -f "$dir/corpus.json" ] || python3 "$GEN" "$dir" --pages "$2" --langs "$3" --flavor "$4" --force >/dev/null
  echo "$dir"
}

# measure LABEL COMMAND… → appends "wall_seconds peak_kib" to $WORK/LABEL.times
measure() {
  local label=$1; shift
  sync
  local start=$EPOCHREALTIME
  /usr/bin/time -f "%M" -o "$WORK/.time" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  local end=$EPOCHREALTIME
  echo "$(echo "$end - $start - $OVERHEAD" | bc -l) $(cat "$WORK/.time")" >> "$WORK/$label.times"
}

# What `measure` adds to a command's own wall time: starting /usr/bin/time,
# against starting a command bare (median of 21 pairs).
OVERHEAD=0
calibrate() {
  local wrapped=() bare=() a b c
  for _ in $(seq 21); do
    a=$EPOCHREALTIME
    /usr/bin/time -f "%M" -o "$WORK/.time" /bin/true
    b=$EPOCHREALTIME
    /bin/true
    c=$EPOCHREALTIME
    wrapped+=("$(echo "$b - $a" | bc -l)")
    bare+=("$(echo "$c - $b" | bc -l)")
  done
  OVERHEAD=$(echo "$(printf '%s\n' "${wrapped[@]}" | median) - $(printf '%s\n' "${bare[@]}" | median)" | bc -l)
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
col() { awk -v c="$2" '{print $c}' "$WORK/$1.times" | median; }

# Removes the runs' folders and notes when.
remove_runs() {
  rm -rf "$RUNS"
  sync
  date +%s > "$WORK/.removed-at"
}

# Removes earlier runs' folders, then waits until no inode freed by a
# removal is "recently deleted" any more.
clear_runs() {
  [ -d "$RUNS" ] && remove_runs
  if [ -f "$WORK/.removed-at" ]; then
    local wait=$(( $(cat "$WORK/.removed-at") + 370 - $(date +%s) ))
    if [ "$wait" -gt 0 ]; then
      echo "waiting ${wait}s for the last removal's inodes to age" >&2
      sleep "$wait"
    fi
  fi
  mkdir -p "$RUNS"
}

run_corpus() { # name pages langs
  local name=$1 pages=$2 langs=$3
  local lsite hsite
  lsite=$(corpus "$name" "$pages" "$langs" lantern)
  hsite=$(corpus "$name" "$pages" "$langs" hugo)
  rm -f "$WORK/$name".*.times
  local out=""
  for round in $(seq "$ROUNDS"); do
    local dir="$RUNS/$name-$round"
    mkdir -p "$dir"
    local steps=(lantern hugo floor minimal)
    # Rotate the order, so that no command always runs first.
    local shift_by=$(( (round - 1) % 4 ))
    steps=("${steps[@]:$shift_by}" "${steps[@]:0:$shift_by}")
    for step in "${steps[@]}"; do
      case $step in
        lantern)
          # A fresh build: no output folder and no staging folder.
          measure "$name.lantern" "$LANTERN" build --root "$lsite" --output "$dir/lantern"
          # The first rebuild writes a second copy (the staging folder it
          # keeps); every rebuild after it, the everyday case, is measured.
          "$LANTERN" build --root "$lsite" --output "$dir/lantern" >/dev/null 2>&1
          measure "$name.rebuild" "$LANTERN" build --root "$lsite" --output "$dir/lantern"
          out="$dir/lantern"
          ;;
        hugo)
          measure "$name.hugo" hugo --source "$hsite" --destination "$dir/hugo" --quiet
          ;;
        minimal)
          measure "$name.minimal" "$MINIMAL" "$lsite" "$dir/minimal"
          ;;
        floor)
          # Lantern's output of an earlier round (or a build made for it).
          if [ -z "$out" ]; then
            "$LANTERN" build --root "$lsite" --output "$dir/for-copy" >/dev/null 2>&1
            out="$dir/for-copy"
          fi
          measure "$name.floor" cp -r "$out" "$dir/copy"
          ;;
      esac
    done
  done
  local files
  files=$(find "$out" -type f | wc -l)
  local l h f m r lm rm_ hm
  l=$(col "$name.lantern" 1); h=$(col "$name.hugo" 1); f=$(col "$name.floor" 1); r=$(col "$name.rebuild" 1)
  m=$(col "$name.minimal" 1)
  lm=$(col "$name.lantern" 2); rm_=$(col "$name.rebuild" 2); hm=$(col "$name.hugo" 2)
  printf "| %-14s | %6s | %7.3f s | %7.3f s | %5.2f × | %7.3f s | %5.2f × | %7.3f s | %7.3f s | %5.2f × | %6.0f MiB | %6.0f MiB | %6.0f MiB |\n" \
    "$name" "$files" "$l" "$h" "$(echo "$l / $h" | bc -l)" "$f" "$(echo "$l / $f" | bc -l)" "$m" \
    "$r" "$(echo "$r / $l" | bc -l)" "$(echo "$lm / 1024" | bc -l)" "$(echo "$rm_ / 1024" | bc -l)" "$(echo "$hm / 1024" | bc -l)"
}

# Before and after: this build and the binary given with --against, fresh
# builds and rebuilds, each round in turn with the order swapped every
# round, on the 1k and 10k corpora.
run_against() { # name pages
  local name=$1 pages=$2 lsite
  lsite=$(corpus "$name" "$pages" en lantern)
  rm -f "$WORK/$name".{before,after,before-rebuild,after-rebuild}.times
  for round in $(seq "$ROUNDS"); do
    local order=(before after)
    [ $((round % 2)) = 0 ] && order=(after before)
    for which in "${order[@]}"; do
      local binary=$LANTERN dir="$RUNS/$name-$which-$round"
      [ "$which" = before ] && binary=$AGAINST
      measure "$name.$which" "$binary" build --root "$lsite" --output "$dir"
      "$binary" build --root "$lsite" --output "$dir" >/dev/null 2>&1
      measure "$name.$which-rebuild" "$binary" build --root "$lsite" --output "$dir"
    done
  done
  local b a br ar bm am
  b=$(col "$name.before" 1); a=$(col "$name.after" 1)
  br=$(col "$name.before-rebuild" 1); ar=$(col "$name.after-rebuild" 1)
  bm=$(col "$name.before" 2); am=$(col "$name.after" 2)
  printf "| %-6s | %7.3f s | %7.3f s | %+5.1f %% | %7.3f s | %7.3f s | %+5.1f %% | %5.0f MiB | %5.0f MiB |\n" \
    "$name" "$b" "$a" "$(echo "($a / $b - 1) * 100" | bc -l)" "$br" "$ar" "$(echo "($ar / $br - 1) * 100" | bc -l)" \
    "$(echo "$bm / 1024" | bc -l)" "$(echo "$am / 1024" | bc -l)"
}

if [ -n "$AGAINST" ]; then
  corpus 1k 1000 en lantern >/dev/null; corpus 10k 10000 en lantern >/dev/null
  clear_runs
  calibrate
  echo "Machine: $(nproc) cores; before: $AGAINST; after: $LANTERN; $ROUNDS rounds, order swapped each round, medians"
  echo
  echo "| corpus | before    | after     | change  | rebuild before | rebuild after | change  | peak before | peak after |"
  echo "|--------|----------:|----------:|--------:|----------:|----------:|--------:|----------:|----------:|"
  run_against 1k 1000
  run_against 10k 10000
  remove_runs
  exit 0
fi

# Corpora first, so that generating them is not timed alongside anything.
corpus 1k 1000 en lantern >/dev/null; corpus 1k 1000 en hugo >/dev/null
corpus 10k 10000 en lantern >/dev/null; corpus 10k 10000 en hugo >/dev/null
if [ "$QUICK" = 0 ]; then
  corpus 5kx2 5000 en,pl lantern >/dev/null; corpus 5kx2 5000 en,pl hugo >/dev/null
  corpus 50k 50000 en lantern >/dev/null
fi
clear_runs
calibrate

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(hugo version | cut -d' ' -f1-2); $ROUNDS rounds, order rotated, medians; $(echo "$OVERHEAD * 1000" | bc -l | xargs printf '%.1f') ms of /usr/bin/time taken off each run"
echo
echo "| corpus         |  files | Lantern   | Hugo      | ratio   | floor cp  | vs floor | minimal   | rebuild   | vs fresh | Lantern peak | rebuild peak | Hugo peak |"
echo "|----------------|-------:|----------:|----------:|--------:|----------:|---------:|----------:|----------:|---------:|-------------:|-------------:|----------:|"
run_corpus 1k 1000 en
run_corpus 10k 10000 en
if [ "$QUICK" = 0 ]; then
  run_corpus 5kx2 5000 en,pl
  # Linear growth: 50,000 pages beside 10,000, Lantern only, alternating.
  big=$(corpus 50k 50000 en lantern)
  ten=$(corpus 10k 10000 en lantern)
  rm -f "$WORK/50k.lantern.times" "$WORK/10k-beside-50k.times"
  for round in 1 2 3; do
    measure 50k.lantern "$LANTERN" build --root "$big" --output "$RUNS/50k-$round"
    measure 10k-beside-50k "$LANTERN" build --root "$ten" --output "$RUNS/10k-beside-50k-$round"
  done
  t50=$(col 50k.lantern 1); m50=$(col 50k.lantern 2); t10=$(col 10k-beside-50k 1)
  printf "\n50,000 pages: %.2f s, %.0f MiB peak; %.3f ms/page vs %.3f ms/page at 10k in the same rounds (%+.0f %%)\n" \
    "$t50" "$(echo "$m50 / 1024" | bc -l)" "$(echo "$t50 * 1000 / 50000" | bc -l)" "$(echo "$t10 * 1000 / 10000" | bc -l)" \
    "$(echo "($t50 / 50000) / ($t10 / 10000) * 100 - 100" | bc -l)"
fi

echo
echo "hyperfine, 10k pages (a new output folder each run):"
lsite=$(corpus 10k 10000 en lantern)
hsite=$(corpus 10k 10000 en hugo)
hyperfine --style basic --runs "$ROUNDS" \
  --setup "mkdir -p $RUNS/hf" \
  --prepare "sync" \
  "$LANTERN build --root $lsite --output $RUNS/hf/lantern-\$(date +%s%N)" \
  "hugo --source $hsite --destination $RUNS/hf/hugo-\$(date +%s%N) --quiet" 2>&1 | grep -E "Time|±|faster|Benchmark" || true
remove_runs

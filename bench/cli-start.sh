#!/usr/bin/env bash
# Wall time of the command-line jar, whole processes as CI runs it: `java -jar shipshape-cli-<v>.jar check …` on
#   journal    the journal app's rendered output (one variant, prod-eu: 29 files)
#   dir-300    a directory of 300 files: the four journal variants and the third-party corpus, copied until 300
# against `java -version` (the JVM's own start, the floor) and `--version` (the jar's start without a check),
# interleaved, medians of N rounds, and each median as a ratio to `java -version`. The *-tuned contenders run the
# same with the options README "Check in CI" gives for one-shot runs: a class-data-sharing archive made by one
# training run (-XX:ArchiveClassesAtExit), C1 only, serial GC.
#
#   bench/cli-start.sh [rounds]     (default 11)
#
# Needs JDK 17+ and Maven; builds the jar (mvn package, no tests) and renders the journal first.
set -euo pipefail
ROUNDS=${1:-11}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "building (mvn -B -q package -DskipTests) …" >&2
(cd "$ROOT" && mvn -B -q package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true >&2)
JAR=$(ls "$ROOT"/shipshape-cli/target/shipshape-cli-*.jar | grep -v -e sources -e javadoc -e original | head -1)
JOURNAL="$ROOT/dsl-examples/target/manifests/prod-eu"
mkdir -p "$WORK/dir-300"
n=0 copy=0
while [ "$n" -lt 300 ]; do
  copy=$((copy + 1))
  while IFS= read -r f; do
    [ "$n" -lt 300 ] || break
    n=$((n + 1))
    cp "$f" "$WORK/dir-300/$(printf '%03d' "$n")-$(basename "$f")"
  done < <(find "$ROOT/dsl-examples/target/manifests" "$ROOT/dsl-examples/src/test/resources/third-party" \
             -name '*.yaml' -o -name '*.yml' | grep -v kustomization | sort)
done

TUNED=(-XX:SharedArchiveFile="$WORK/cli.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
java -XX:ArchiveClassesAtExit="$WORK/cli.jsa" -jar "$JAR" check "$JOURNAL" >/dev/null 2>&1 || true

now() { date +%s%N; }
declare -A times
run() { # name, command…
  local name=$1; shift
  local t0; t0=$(now)
  "$@" >/dev/null 2>&1 || true
  times[$name]+="$(( ($(now) - t0) / 1000000 )) "
}
names=(java-version cli-version journal dir-300 journal-tuned dir-300-tuned)
for ((i = 0; i < ROUNDS; i++)); do
  for ((k = 0; k < ${#names[@]}; k++)); do
    name=${names[$(( (k + i) % ${#names[@]} ))]}
    case $name in
      java-version) run "$name" java -version ;;
      cli-version)  run "$name" java -jar "$JAR" --version ;;
      journal)      run "$name" java -jar "$JAR" check "$JOURNAL" ;;
      dir-300)      run "$name" java -jar "$JAR" check "$WORK/dir-300" ;;
      journal-tuned) run "$name" java "${TUNED[@]}" -jar "$JAR" check "$JOURNAL" ;;
      dir-300-tuned) run "$name" java "${TUNED[@]}" -jar "$JAR" check "$WORK/dir-300" ;;
    esac
  done
done
median() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
base=$(median "${times[java-version]}")
echo "jar: $JAR ($(ls "$WORK/dir-300" | wc -l) files in dir-300, $(ls "$JOURNAL"/*.yaml | wc -l) in journal)"
printf '%-14s %10s %8s   %s\n' contender median ratio "all (ms)"
for name in "${names[@]}"; do
  m=$(median "${times[$name]}")
  printf '%-14s %8s ms %7.2fx   %s\n' "$name" "$m" "$(echo "$m / $base" | bc -l)" "${times[$name]}"
done

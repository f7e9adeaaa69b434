#!/usr/bin/env bash
# Render time of two checkouts, alternating fresh JVMs: each process runs dev.shipshape.bench.RenderLoop (build,
# validate, render and write YAML for N services of BenchApps, the best round of 8 after 4 of warm-up) and the two
# checkouts take turns, so that both see the same machine. Prints each side's sorted figures and the ratio of the
# medians. For changes smaller than JMH's intervals on a shared machine (see BENCHMARKS.md, #24).
#
#   BASELINE=<checkout> bench/render-loop.sh <services> <operations per round> <processes per side>
#   e.g. BASELINE=../before bench/render-loop.sh 100 100 7
#
# Needs JDK 17+ and Maven; builds the bench classes of both checkouts (-Pbench, no tests).
set -euo pipefail

[ $# -eq 3 ] && [ -n "${BASELINE:-}" ] || { sed -n '6,7p' "$0" >&2; exit 2; }
SERVICES=$1 REPS=$2 PROCESSES=$3
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASELINE=$(cd "$BASELINE" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

classpath() { # checkout, name: compiles the bench classes and prints the class path
    (cd "$1" && mvn -B -q -Pbench -pl dsl-examples -am compile -Dmaven.javadoc.skip=true >&2)
    (cd "$1" && mvn -B -q -Pbench dependency:build-classpath -pl dsl-examples -am -DincludeScope=runtime \
        -Dmdep.outputFile="$WORK/$2.classpath" >/dev/null)
    echo "$1/dsl-examples/target/classes:$1/dsl-core/target/classes:$(tr ':' '\n' < "$WORK/$2.classpath" \
        | grep -v '/dev/shipshape/' | paste -sd:)"
}
echo "building the bench classes …" >&2
AFTER_CP=$(classpath "$ROOT" after)
# the loop itself comes from this checkout, so that both sides run the same loop
mkdir -p "$WORK/loop/dev/shipshape/bench"
cp "$ROOT/dsl-examples/target/classes/dev/shipshape/bench/RenderLoop.class" "$WORK/loop/dev/shipshape/bench/"
BEFORE_CP="$WORK/loop:$(classpath "$BASELINE" before)"

for i in $(seq 1 "$PROCESSES"); do
    for side in before after; do
        cp_var=${side^^}_CP
        echo "$side $(java -Xms2g -Xmx2g -cp "${!cp_var}" dev.shipshape.bench.RenderLoop "$SERVICES" "$REPS" \
            | awk '{print $2}')"
    done
done > "$WORK/raw"

median() { grep "^$1 " "$WORK/raw" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "$SERVICES services, $REPS operations per round, $PROCESSES alternating processes per side (µs per operation)"
for side in before after; do
    echo "$side: $(grep "^$side " "$WORK/raw" | awk '{print $2}' | sort -n | paste -sd' ')  median $(median "$side")"
done
awk -v a="$(median after)" -v b="$(median before)" 'BEGIN {printf "median after / before: %.3f\n", a / b}'

#!/usr/bin/env bash
# One journal app rendered by a fresh process: Shipshape (a new JVM running RenderJournal for one variant) against
# cdk8s-plus (a new node process running ../shared/bench/cdk8s/bench.js --child 1), interleaved, medians and ratios.
#
#   bench/cold-start.sh [rounds]        (default 15 rounds; each round runs every contender once, order rotated)
#   BASELINE=<checkout> bench/cold-start.sh [rounds]
#                                       also runs another checkout of Shipshape (built the same way) as the contenders
#                                       baseline and baseline-tuned, to compare two versions in one run
#
# Contenders:
#   shipshape            java -cp <jars> dev.shipshape.examples.RenderJournal <tmp> prod-eu   (default JVM options)
#   shipshape-tuned      the same with the options for one-shot build scripts: an application class-data-sharing
#                        archive made by a training run, C1 only, serial GC (see BENCHMARKS.md, "Cold start")
#   cdk8s-plus           node bench.js --child 1   (construct + synth one journal app, write it, read it back)
#
# Needs JDK 17+ and Maven; node and npm for the peer (without them the script measures Shipshape alone and says
# so). The peer is installed once into ~/.cache/shipshape-bench/cdk8s with the versions its README pins.
set -euo pipefail

ROUNDS=${1:-15}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PEER_SRC=${CDK8S_BENCH:-$ROOT/../shared/bench/cdk8s}
CACHE=${SHIPSHAPE_BENCH_CACHE:-$HOME/.cache/shipshape-bench}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "building the jars (mvn -B -q package -DskipTests -Dexec.skip) …" >&2
(cd "$ROOT" && mvn -B -q package -DskipTests -Dexec.skip -Dmaven.javadoc.skip=true -Dmaven.source.skip=true >&2)
(cd "$ROOT" && mvn -B -q dependency:build-classpath -pl dsl-examples -am -DincludeScope=runtime \
    -Dmdep.outputFile="$WORK/deps.classpath" >/dev/null)
VERSION=$(cd "$ROOT" && sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
DEPS=$(cat "$WORK/deps.classpath")
# the reactor resolves dsl-core to its packaged jar when run with -am, or to the local repository otherwise
CP="$ROOT/dsl-examples/target/dsl-examples-$VERSION.jar:$DEPS"
for jar in ${CP//:/ }; do
    [ -f "$jar" ] || { echo "missing on the class path: $jar" >&2; exit 1; }
done

JSA="$WORK/render.jsa"
echo "training run for the class-data-sharing archive …" >&2
java -XX:ArchiveClassesAtExit="$JSA" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$CP" \
    dev.shipshape.examples.RenderJournal "$WORK/training" prod-eu >/dev/null
TUNED=(-XX:SharedArchiveFile="$JSA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off)

BASE_CP=""
if [ -n "${BASELINE:-}" ]; then
    echo "building the baseline in $BASELINE …" >&2
    (cd "$BASELINE" && mvn -B -q package -DskipTests -Dexec.skip -Dmaven.javadoc.skip=true -Dmaven.source.skip=true >&2)
    (cd "$BASELINE" && mvn -B -q dependency:build-classpath -pl dsl-examples -am -DincludeScope=runtime \
        -Dmdep.outputFile="$WORK/base.classpath" >/dev/null)
    # the baseline's own modules from its checkout, the rest from the local repository
    BASE_CP="$BASELINE/dsl-examples/target/dsl-examples-$VERSION.jar:$BASELINE/dsl-core/target/dsl-core-$VERSION.jar"
    BASE_CP="$BASE_CP:$(tr ':' '\n' < "$WORK/base.classpath" | grep -v '/dev/shipshape/' | paste -sd:)"
    BASE_JSA="$WORK/base.jsa"
    java -XX:ArchiveClassesAtExit="$BASE_JSA" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$BASE_CP" \
        dev.shipshape.examples.RenderJournal "$WORK/training-base" prod-eu >/dev/null
    BASE_TUNED=(-XX:SharedArchiveFile="$BASE_JSA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off)
fi

PEER=""
if command -v node >/dev/null && command -v npm >/dev/null && [ -f "$PEER_SRC/bench.js" ]; then
    PEER="$CACHE/cdk8s"
    if [ ! -d "$PEER/node_modules/cdk8s-plus-34" ]; then
        echo "installing cdk8s-plus into $PEER …" >&2
        mkdir -p "$PEER" && cp "$PEER_SRC"/*.js "$PEER/" && chmod u+w "$PEER"/*.js
        (cd "$PEER" && npm init -y >/dev/null && npm install --no-audit --no-fund cdk8s@2.70.106 cdk8s-plus-34@2.0.54 constructs@10.8.1 >/dev/null)
    fi
    cp "$PEER_SRC"/*.js "$PEER/" 2>/dev/null || true
else
    echo "node, npm or $PEER_SRC missing: measuring Shipshape alone" >&2
fi

run() { # name, command… : appends "wall user sys" (seconds) to $WORK/<name>
    local name=$1; shift
    local t
    t=$( { TIMEFORMAT='%R %U %S'; time "$@" >"$WORK/out.txt" 2>&1; } 2>&1 ) || { cat "$WORK/out.txt" >&2; exit 1; }
    echo "$t" >>"$WORK/$name"
}
shipshape() { rm -rf "$WORK/out"; run "$1" java "${@:2}" -cp "$CP" dev.shipshape.examples.RenderJournal "$WORK/out" prod-eu
    grep -q "wrote [0-9]* files" "$WORK/out.txt" || { cat "$WORK/out.txt" >&2; exit 1; }; }
baseline() { rm -rf "$WORK/out"; run "$1" java "${@:2}" -cp "$BASE_CP" dev.shipshape.examples.RenderJournal "$WORK/out" prod-eu
    grep -q "wrote [0-9]* files" "$WORK/out.txt" || { cat "$WORK/out.txt" >&2; exit 1; }; }
peer() { run cdk8s-plus node "$PEER/bench.js" --child 1; grep -q '"resources":11' "$WORK/out.txt" || { cat "$WORK/out.txt" >&2; exit 1; }; }

contenders=(shipshape shipshape-tuned)
[ -n "$BASE_CP" ] && contenders+=(baseline baseline-tuned)
[ -n "$PEER" ] && contenders+=(cdk8s-plus)
for ((r = 0; r < ROUNDS; r++)); do
    for ((i = 0; i < ${#contenders[@]}; i++)); do
        c=${contenders[$(( (i + r) % ${#contenders[@]} ))]}
        case $c in
            shipshape) shipshape shipshape ;;
            shipshape-tuned) shipshape shipshape-tuned "${TUNED[@]}" ;;
            baseline) baseline baseline ;;
            baseline-tuned) baseline baseline-tuned "${BASE_TUNED[@]}" ;;
            cdk8s-plus) peer ;;
        esac
    done
    echo "round $((r + 1))/$ROUNDS done" >&2
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
wall() { awk '{print $1}' "$WORK/$1" | median; }
cpu() { awk '{print $2 + $3}' "$WORK/$1" | median; }
base=""
[ -n "$PEER" ] && base=$(wall cdk8s-plus) && basecpu=$(cpu cdk8s-plus)
echo
echo "One journal app, whole process, $ROUNDS interleaved rounds on $(nproc) cores, $(java -version 2>&1 | head -1), node $(node --version 2>/dev/null || echo -)"
echo
echo "| contender | median wall (s) | median CPU user+sys (s) | wall / cdk8s-plus | CPU / cdk8s-plus |"
echo "|---|---|---|---|---|"
for c in "${contenders[@]}"; do
    w=$(wall "$c"); u=$(cpu "$c")
    if [ -n "$base" ]; then
        printf '| %s | %.3f | %.3f | %.2f | %.2f |\n' "$c" "$w" "$u" "$(awk "BEGIN {print $w / $base}")" "$(awk "BEGIN {print $u / $basecpu}")"
    else
        printf '| %s | %.3f | %.3f | - | - |\n' "$c" "$w" "$u"
    fi
done

#!/usr/bin/env bash
# The scale run: a generated bloc of 100 units x 300 scoring lines and 300 indicators per unit x 10
# years, and an election of 5,000 ballots; times open, scoreboard and tally through the app layer
# (ScaleBench), then the longest frame gap while the 100-row scoreboard scrolls in the program's
# window under Xvfb, and in a bare table of constants as a yardstick (ScoreboardScrollBench).
# Figures, not assertions.
#
#   bench/scale.sh [DATA_FILE.mv.db]
#
# The file is generated once (a few minutes) and reused: default target/bench/scale/bloc.mv.db.
# The measuring runs use the installed program's JVM settings (packaging/Package.java
# MEMORY_OPTIONS, COMPILER_OPTIONS); JAVA_OPTS replaces them, e.g. JAVA_OPTS="-XX:+UseG1GC".
#
# Open, scoreboard and tally run as the installed program runs them when the app image is there
# (IMAGE, default target/installer/thidua, built by mvn -Ppackage package): on the image's own
# runtime, with its class-data archive, and with an archive of the jars made by the same training
# run as `thidua optimize` makes on the user's machine (vn.thidua.app.ClassArchive). Without the
# image they run on the JDK of the build and say so.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD:-target}
file=${1:-$build/bench/scale/bloc.mv.db}
mkdir -p "$(dirname "$file")"

mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$build/bench/test-classpath.txt" -Dthidua.buildDir="$(cd "$build" && pwd)"
cp="$build/test-classes:$build/classes:$(cat "$build/bench/test-classpath.txt")"
java_opts=(-Dfile.encoding=UTF-8 -Djava.util.logging.config.file=bench/quiet-logging.properties)
# shellcheck disable=SC2206
extra_opts=(${JAVA_OPTS:--XX:+UseSerialGC -Xms32m -XX:TieredStopAtLevel=1})
image=${IMAGE:-$build/installer/thidua}

echo "== generate (skipped when $file exists)"
java "${java_opts[@]}" -cp "$cp" vn.thidua.bench.ScaleBench generate "$file"

echo
if [[ -x $image/lib/runtime/bin/java && -f $image/lib/app/thidua.jsa ]]; then
  echo "== open, scoreboard, tally: on the app image's runtime ($image), as installed with thidua optimize"
  work=$build/bench/scale/image
  rm -rf "$work" && mkdir -p "$work/classes"
  # The bench's own classes as a jar (a class-data archive takes no folders), then the image's jars
  # in the launcher's order.
  (cd "$build/test-classes" && jar cf "$(cd "$OLDPWD" && cd "$work" && pwd)/bench.jar" vn/thidua/bench)
  image_cp=$(sed -n 's|^app.classpath=\$APPDIR/|'"$(cd "$image/lib/app" && pwd)"'/|p' "$image/lib/app/thidua.cfg" | paste -sd:)
  run_cp="$work/bench.jar:$image_cp"
  image_java=("$image/lib/runtime/bin/java" -Dfile.encoding=UTF-8 -Djava.util.logging.config.file=bench/quiet-logging.properties)
  # The two steps of ClassArchive.build: a sample data file, then the run that writes the archive.
  for step in prepare run; do
    dump=()
    [[ $step == run ]] && dump=(-XX:ArchiveClassesAtExit="$work/local.jsa")
    "${image_java[@]}" ${extra_opts[@]+"${extra_opts[@]}"} -XX:SharedArchiveFile="$image/lib/app/thidua.jsa" \
      ${dump[@]+"${dump[@]}"} -Djava.awt.headless=true -Xlog:disable \
      -cp "$run_cp" vn.thidua.ClassArchiveTraining $step "$work/training" >>"$work/training.log" 2>&1 \
      || { cat "$work/training.log"; exit 1; }
  done
  echo "archive of the jars: $(du -h "$work/local.jsa" | cut -f1) (training run: $work/training.log)"
  "${image_java[@]}" ${extra_opts[@]+"${extra_opts[@]}"} -Xlog:disable -Xlog:all=warning,cds*=off:stderr \
    -XX:SharedArchiveFile="$image/lib/app/thidua.jsa:$work/local.jsa" \
    -cp "$run_cp" vn.thidua.bench.ScaleBench measure "$file"
  echo
  echo "== the same without the archive of the jars (as before thidua optimize has run)"
  "${image_java[@]}" ${extra_opts[@]+"${extra_opts[@]}"} -Xlog:disable -Xlog:all=warning,cds*=off:stderr \
    -XX:SharedArchiveFile="$image/lib/app/thidua.jsa" \
    -cp "$run_cp" vn.thidua.bench.ScaleBench measure "$file"
else
  echo "== open, scoreboard, tally: on the build's JDK (no app image at $image: mvn -Ppackage package builds it)"
  java "${java_opts[@]}" ${extra_opts[@]+"${extra_opts[@]}"} -cp "$cp" vn.thidua.bench.ScaleBench measure "$file"
fi

echo
echo "== frame gaps while the scoreboard scrolls (Xvfb, software rendering)"
for variant in "" "--table --plain"; do
  # shellcheck disable=SC2086
  xvfb-run -a -s "-screen 0 1366x768x24" \
    java "${java_opts[@]}" ${extra_opts[@]+"${extra_opts[@]}"} -Dprism.order=sw -cp "$cp" vn.thidua.bench.ScoreboardScrollBench "$file" 8 $variant
done

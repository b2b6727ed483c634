#!/usr/bin/env bash
# Builds the hello-world JavaFX app image the same way as ThiDua's (packaging/Package.java:
# jdeps, jlink with the same options, jpackage, the same class-data archive step), into
# ${BUILD:-target}/bench/hello/image/hello. Run `mvn -Ppackage package -DskipTests` first: it
# leaves the JavaFX jars in target/packaging/javafx.
# RUNTIME_JDK=/path/to/jdk: the JDK whose jlink/jpackage (and runtime) make the image, as
# `mvn -Ppackage package -Dthidua.runtime.jdk=...` does for ThiDua (default: the java on the PATH).
# Extra arguments go to packaging/Package.java (e.g. --archive cds, --compact-headers off).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD:-target}
fx=$build/packaging/javafx
out=$build/bench/hello
[[ -d $fx ]] || { echo "no $fx: run mvn -Ppackage package -DskipTests first" >&2; exit 2; }
fxjars=$(ls "$fx"/javafx-*-*-*.jar | tr '\n' ':')
rm -rf "$out"
mkdir -p "$out/classes"
javac --release 17 --module-path "$fxjars" --add-modules javafx.controls -d "$out/classes" \
  bench/hello/bench/hello/Hello.java
jar --create --file "$out/hello.jar" --main-class bench.hello.Hello -C "$out/classes" .
java=${RUNTIME_JDK:+$RUNTIME_JDK/bin/}java
"$java" packaging/Package.java --app-jar "$out/hello.jar" --javafx "$fx" --dest "$out/image" \
  --version 1.0 --name hello --main-class bench.hello.Hello --no-app-options --type app-image "$@"

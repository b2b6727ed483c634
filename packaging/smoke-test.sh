#!/usr/bin/env bash
# Smoke test of the Linux installer, as root on a Debian/Ubuntu machine with Xvfb:
#   installs the .deb (dpkg -i), runs the command line through the installed launcher, starts the
#   window under Xvfb, finds "ThiDua started in N ms" in the log beside the data file, and takes a
#   screenshot of the screen.
#
#   packaging/smoke-test.sh [THIDUA.deb] [OUTPUT_DIR]
#
# Defaults: the .deb in target/installer, output in target/smoke. Needs: dpkg, xvfb-run,
# ImageMagick's `import`. Ends by removing the package (dpkg -r), which must work too;
# KEEP_INSTALLED=1 leaves it installed.
set -euo pipefail
cd "$(dirname "$0")/.."

deb=${1:-$(ls target/installer/thidua_*.deb 2>/dev/null | head -1)}
out=${2:-target/smoke}
[[ -f "$deb" ]] || { echo "no .deb: build it with mvn -Ppackage package" >&2; exit 2; }
[[ $(id -u) == 0 ]] || { echo "dpkg -i needs root" >&2; exit 2; }
mkdir -p "$out"
out=$(cd "$out" && pwd)

step() { printf '\n== %s\n' "$*"; }
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }

step "install $deb"
if ! dpkg -i "$deb"; then
  # Missing dependencies (e.g. xdg-utils on a bare system): let apt bring them, then configure.
  apt-get install -f -y -q
fi
dpkg -s thidua | grep -E '^(Status|Version):'
launcher=$(command -v thidua) || fail "thidua is not on the PATH"
echo "launcher: $launcher -> $(readlink -f "$launcher")"

aot=/opt/thidua/lib/app/thidua.aot
if [[ -f $aot ]]; then
  # A JDK 25 runtime: the ahead-of-time cache made when the installer was built must still be valid
  # in the installed program (other folder, other file times: JDK 25 checks the jars' sizes only).
  step "version, and the ahead-of-time cache made with the installer maps here"
  ls -l "$aot"
  JAVA_TOOL_OPTIONS=-XX:+PrintSharedArchiveAndExit thidua --version >"$out/archives.txt" 2>&1 \
    || fail "the JVM refuses the ahead-of-time cache: $(grep -m3 -i "mismatch\|invalid\|error" "$out/archives.txt")"
  grep -q "^Static archive name: $aot" "$out/archives.txt" || fail "the JVM did not read $aot"
  grep -Eq "^ *[0-9]+: vn\.thidua\.ThiDua( |$)" "$out/archives.txt" || fail "vn.thidua.ThiDua is not in $aot"
  grep -Eq "^ *[0-9]+: org\.h2\.engine\.Database( |$)" "$out/archives.txt" || fail "H2's classes are not in $aot"
  thidua --version
  # Nothing to make on this machine: optimize says so and succeeds.
  thidua optimize
else
  step "version, and the class-data archive maps (-Xshare:on refuses to start otherwise)"
  JAVA_TOOL_OPTIONS=-Xshare:on thidua --version 2>/dev/null || fail "the class-data archive does not map"

  step "the archive of the jars, written by postinst (thidua optimize), matches the installed jars"
  local_archive=/opt/thidua/lib/app/thidua-local.jsa
  [[ -f $local_archive ]] || fail "postinst wrote no $local_archive"
  ls -l "$local_archive"
  JAVA_TOOL_OPTIONS=-XX:+PrintSharedArchiveAndExit thidua --version >"$out/archives.txt" 2>&1 \
    || fail "the JVM calls the archives invalid: $(grep -m3 -i "mismatch\|invalid" "$out/archives.txt")"
  grep -q "^Dynamic archive name: $local_archive" "$out/archives.txt" || fail "the JVM did not read $local_archive"
  grep -Eq "^ *[0-9]+: vn\.thidua\.ThiDua app_loader" "$out/archives.txt" || fail "vn.thidua.ThiDua is not in $local_archive"
  tail -1 "$out/archives.txt"
  thidua optimize
fi

data_dir=$(mktemp -d /tmp/thidua-smoke.XXXXXX)
data=$data_dir/thidua
step "thidua --db $data sample"
thidua --db "$data" sample
[[ -f $data.mv.db ]] || fail "no data file $data.mv.db"

step "thidua --help"
thidua --db "$data" --help
if thidua --help | grep -qw scoreboard; then
  step "thidua --db $data scoreboard --bloc KTN --year 2019"
  thidua --db "$data" scoreboard --bloc KTN --year 2019
else
  echo "(this build has no 'scoreboard' command yet: checked 'sample' and '--help' only)"
fi

step "bad usage exits with 2 and says so in Vietnamese"
set +e
thidua --db "$data" no-such-command >"$out/bad-usage.txt" 2>&1
code=$?
set -e
cat "$out/bad-usage.txt"
[[ $code == 2 ]] || fail "exit code $code for bad usage, expected 2"

step "the window under Xvfb"
log=$data_dir/thidua-0.log
before=$( [[ -f $log ]] && wc -l <"$log" || echo 0)
shot=$out/window.png
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  thidua --db "$1" >"$2/console.txt" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do
    grep -q "started in" "$2/console.txt" 2>/dev/null && break
    sleep 0.1
  done
  # The data opens in the background: wait for the main window to fill in ("ready in").
  for _ in $(seq 1 300); do
    grep -q "ready in" "$2/console.txt" 2>/dev/null && break
    sleep 0.1
  done
  sleep 1
  import -window root "$3"
  kill -TERM "$pid"
  wait "$pid" || true
' _ "$data" "$out" "$shot"
echo "console:"; grep "started in" "$out/console.txt" || fail "no 'started in' line on the console"
grep "ready in" "$out/console.txt" || fail "no 'ready in' line on the console: the main window did not fill in 30 s"
# The runtime's own warnings (JavaFX on a newer JDK: native access, sun.misc.Unsafe) must not show.
if grep -Ei "restricted method|sun\.misc\.Unsafe|enable-native-access|terminally deprecated" "$out/console.txt"; then
  fail "the JVM warned on the console (above)"
fi
line=$(tail -n +"$((before + 1))" "$log" | grep -m1 "started in") || fail "no 'started in' line in $log"
echo "log ($log): $line"
[[ -s $shot ]] || fail "no screenshot"
echo "screenshot: $shot"

if [[ ${KEEP_INSTALLED:-} == 1 ]]; then
  echo "(KEEP_INSTALLED=1: the package stays installed)"
else
  # The maintainer scripts must work both ways: jpackage fills their placeholders, and one it does
  # not know stays a command that does not exist (a JDK 25 package could not be removed).
  step "dpkg -r thidua"
  dpkg -r thidua || fail "the package cannot be removed (prerm or postrm failed)"
  [[ ! -e /usr/bin/thidua ]] || fail "/usr/bin/thidua is still there after removal"
  [[ ! -e /opt/thidua/bin/thidua ]] || fail "/opt/thidua/bin/thidua is still there after removal"
fi

step "passed"

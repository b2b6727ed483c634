#!/bin/bash
# usage: tools/with-two-screens.sh CMD...
# Runs CMD on a real X server with two screens, as on conference day: a 1366x768 laptop screen
# (DUMMY0, primary) and a 1024x768 projector right of it (DUMMY1). Xorg with the dummy video
# driver, on $XDISPLAY (default :94); stopped by its PID afterwards.
#
# Unplug the projector:  xrandr --output DUMMY1 --off
# Plug it in again:      xrandr --output DUMMY1 --mode 1024x768 --pos 1366x0
#
# Needs: xserver-xorg-core xserver-xorg-video-dummy x11-xserver-utils x11-utils libgtk-3-0, and
# root (or xserver-xorg-legacy). Exit code 3: the X server could not be started (the caller may
# skip the two-screen test); otherwise CMD's exit code.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
XDISPLAY=${XDISPLAY:-:94}
LOG=${XORG_LOG:-/tmp/Xorg${XDISPLAY#:}.log}
for tool in Xorg xrandr xdpyinfo; do
  command -v "$tool" >/dev/null 2>&1 || { echo "with-two-screens: $tool is not installed" >&2; exit 3; }
done
Xorg "$XDISPLAY" -config "$HERE/xorg-dummy.conf" -logfile "$LOG" -noreset -nolisten tcp >/dev/null 2>&1 &
XPID=$!
trap 'kill $XPID 2>/dev/null; wait $XPID 2>/dev/null || true' EXIT
started=no
for _ in $(seq 100); do
  if xdpyinfo -display "$XDISPLAY" >/dev/null 2>&1; then started=yes; break; fi
  kill -0 $XPID 2>/dev/null || break
  sleep 0.1
done
if [ "$started" != yes ]; then
  echo "with-two-screens: Xorg did not start on $XDISPLAY (log: $LOG)" >&2
  tail -20 "$LOG" >&2 2>/dev/null || true
  exit 3
fi
export DISPLAY=$XDISPLAY
xrandr --output DUMMY0 --primary --set WIDTH_MM 344 --set HEIGHT_MM 194 || exit 3
xrandr --addmode DUMMY1 1024x768 2>/dev/null || true
xrandr --output DUMMY1 --mode 1024x768 --pos 1366x0 --set WIDTH_MM 270 --set HEIGHT_MM 203 || exit 3
xrandr --listmonitors
"$@"

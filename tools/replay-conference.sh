#!/usr/bin/env bash
# usage: tools/replay-conference.sh
# The 2019 conference replayed in the real window, as the secretary does it: GTK (software rendering;
# not Monocle), keyboard only (xdotool). Two screens where Xorg's dummy driver starts
# (tools/with-two-screens.sh: the laptop's 1366x768 and a 1024x768 projector right of it, the room's
# window full screen there); else one 1366x768 Xvfb screen, said in a notice, with the room's window
# in a corner of the laptop. Builds the jar, starts it on a new data file, then: Bảng điểm shown and
# projected; three elections of 8 papers typed paper by paper (the sample's two flags, then a
# certificate of merit whose last seat is tied, and its runoff counted); next year's head and deputy
# chosen and saved from the keyboard; the documents written; the window closed. A PNG of the whole
# screen per step goes to target/replay/. Fails on any exception, SEVERE or WARNING in the log or on
# the console, on the keyboard leaving the operator's window after F5, and when the data read back
# through the command line (tally, verify), the data file (one audit line for the one save of the
# leaders) or the written files differ from what was typed.
#
# Needs: a JDK 17+, Maven (or REPLAY_SKIP_BUILD=1 with target/thidua.jar built), and
#   apt-get install -y xvfb libgtk-3-0 xdotool imagemagick python3
# (python3: the window is closed as by its close box, a WM_DELETE_WINDOW message through Xlib).
# Two screens also need xserver-xorg-core xserver-xorg-video-dummy x11-xserver-utils x11-utils.
# Environment: REPLAY_DISPLAY (default :87), REPLAY_PAUSE (seconds before each screenshot, default 2),
# REPLAY_SKIP_BUILD=1, REPLAY_SCREENS=1 (one screen even where two could be had).
# Exit codes: 0 passed, 1 a check failed, 3 a tool is missing.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=$ROOT/target/replay
DATA=$OUT/data
DB=$DATA/thidua.mv.db
D=${REPLAY_DISPLAY:-:87}
PAUSE=${REPLAY_PAUSE:-2}
export LC_ALL=C.UTF-8

for tool in Xvfb xdotool import java python3; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "replay: $tool is missing (apt-get install -y xvfb libgtk-3-0 xdotool imagemagick python3)" >&2
    exit 3
  }
done

fail() {
  echo "replay: FAILED: $*" >&2
  FAILED=1
}
FAILED=0
started=$(date +%s)

if [ "${REPLAY_SKIP_BUILD:-0}" != 1 ]; then
  echo "replay: building the jar"
  mvn -B -q package -DskipTests || { echo "replay: the build failed" >&2; exit 1; }
fi

# Two screens: this script again, inside tools/with-two-screens.sh (exit 3 there: no X server).
if [ -z "${REPLAY_TWO_SCREENS:-}" ] && [ "${REPLAY_SCREENS:-2}" != 1 ]; then
  if REPLAY_TWO_SCREENS=1 REPLAY_SKIP_BUILD=1 XDISPLAY=$D XORG_LOG=$ROOT/target/replay-xorg.log \
      tools/with-two-screens.sh "$0"; then
    exit 0
  else
    rc=$?
    [ "$rc" != 3 ] && exit "$rc"
  fi
  echo "replay: NOTICE: Xorg's dummy driver could not give two screens here; replayed on one screen (Xvfb)," \
    "the room's window in a corner of the laptop's screen" >&2
fi
rm -rf "$OUT"
mkdir -p "$DATA"

XPID=""
APID=""
cleanup() {
  [ -n "$APID" ] && kill "$APID" 2>/dev/null
  if [ -n "$XPID" ]; then
    kill "$XPID" 2>/dev/null
    wait "$XPID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
if [ -n "${REPLAY_TWO_SCREENS:-}" ]; then
  SCREENS=2
  echo "replay: two screens on $DISPLAY"
else
  SCREENS=1
  Xvfb "$D" -screen 0 1366x768x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
  XPID=$!
  export DISPLAY=$D
fi
for _ in $(seq 50); do
  xdotool getdisplaygeometry >/dev/null 2>&1 && break
  sleep 0.1
done
xdotool getdisplaygeometry >/dev/null 2>&1 || { echo "replay: Xvfb did not start on $D" >&2; exit 3; }

java -Dprism.order=sw -jar "$ROOT/target/thidua.jar" --db "$DB" >"$OUT/console.log" 2>&1 &
APID=$!

STEP=0
ROOM=""
# shot NAME: the whole screen, numbered in order. The room's window is raised first: "always on top"
# is a window manager's doing, and Xvfb has none (focusing the operator's window raised it over).
shot() {
  [ -n "$ROOM" ] && xdotool windowraise "$ROOM" 2>/dev/null
  sleep "$PAUSE"
  STEP=$((STEP + 1))
  local file
  file=$(printf '%s/%02d-%s.png' "$OUT" "$STEP" "$1")
  import -window root "$file" || fail "screenshot $file"
  echo "replay: $(basename "$file")"
}
key() {
  xdotool key --delay 80 "$@"
  sleep 0.3
}
# text STRING: each character as its own keysym. The Vietnamese letters get key codes of their own
# once (keymap_letters), as a keyboard layout would: xdotool would otherwise lend a spare key code to
# each letter and take it back at once, and a busy toolkit that reads the key map late loses the letter.
text() {
  local s=$1 i c
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case "$c" in
      " ") xdotool key space ;;
      "(") xdotool key parenleft ;;
      ")") xdotool key parenright ;;
      [A-Za-z0-9]) xdotool key "$c" ;;
      # Where the key map is not set (Xvfb), xdotool lends a key code
      # for the letter: time for the toolkit to read it before the next one.
      *) xdotool key "$(printf 'U%04X' "'$c")"; sleep 0.15 ;;
    esac
  done
  sleep 0.3
}
# keymap_letters STRING...: binds each non-ASCII letter of the strings to an unused key code.
keymap_letters() {
  local all="$*" i c code=200 seen=" " lines=""
  for ((i = 0; i < ${#all}; i++)); do
    c=${all:i:1}
    case "$c" in [A-Za-z0-9\ \(\)]) continue ;; esac
    case "$seen" in *"$c"*) continue ;; esac
    seen="$seen$c"
    lines="${lines}keycode $code = $(printf 'U%04X' "'$c")"$'\n'
    code=$((code + 1))
  done
  # Xorg only: Xvfb here takes the xmodmap and then loses those letters (its XKB map is not changed).
  if [ "$SCREENS" = 2 ] && command -v xmodmap >/dev/null 2>&1; then
    printf '%s' "$lines" | xmodmap - || echo "replay: xmodmap could not bind the letters; typing as before" >&2
    sleep 1
  fi
}
# Waits until the log holds a line matching $1 (up to $2 seconds).
wait_log() {
  local n
  for n in $(seq $(( ${2:-60} * 5 ))); do
    grep -q -- "$1" "$DATA/thidua-0.log" 2>/dev/null && return 0
    kill -0 "$APID" 2>/dev/null || return 1
    sleep 0.2
  done
  return 1
}
focused_name() {
  xdotool getwindowname "$(xdotool getwindowfocus)" 2>/dev/null
}
# room_large NAME: the room's window dragged to 1024x768 as the secretary might, to read the room's
# letters at the projector's own size; Ctrl+F5 four times then puts it back in its corner.
room_large() {
  [ "$SCREENS" = 2 ] && return 0
  xdotool windowsize "$ROOM" 1024 768
  xdotool windowmove "$ROOM" 0 0
  shot "$1"
  key ctrl+F5 ctrl+F5 ctrl+F5 ctrl+F5
}
# The keyboard must stay with the operator's window (ballots are typed there).
check_focus() {
  local name
  name=$(focused_name)
  [ "$name" = "ThiDua – Khối thi đua" ] || fail "after $1 the keyboard is on \"$name\", not the operator's window"
}

# 1. First start on a new data file: the sample is made and the window opens on KTN 2019.
wait_log "Main window built" 120 || { fail "the window did not open"; cat "$OUT/console.log" >&2; exit 1; }
shot first-start
MAIN=$(xdotool search --name '^ThiDua – Khối thi đua$' | head -n 1)
[ -n "$MAIN" ] || fail "no operator window"

# 2. Bảng điểm, shown and projected (one screen: the projector is a window in a corner).
key ctrl+4
shot bang-diem
key F5
shot projector-opened
check_focus F5
ROOM=$(xdotool search --name '^ThiDua – Trình chiếu$' | head -n 1)
[ -n "$ROOM" ] || fail "F5 did not open the projector"
key F6
shot bang-diem-projected
room_large bang-diem-projected-1024x768
if [ "$SCREENS" = 1 ]; then
  key ctrl+F5
  shot projector-next-corner
  key ctrl+F5 ctrl+F5 ctrl+F5
  check_focus Ctrl+F5
fi

# 3. Three elections of 8 papers. The candidates are the excellent units, those already put forward
# kept on the list, so every key is known: by rank, then name. The two flags are the sample's papers
# again; the certificate of merit (2 seats) gets papers that tie its last seat, and its runoff.
declare -A KEYS=([GTVT]=1 [CT]=2 [NNPTNT]=3 [TNMT]=4 [BQLKCN]=5 [TTTT]=6 [XD]=7)
# The runoff's candidates are the tied units, numbered in the first round's order.
declare -A RUNOFF_KEYS=([TNMT]=1 [BQLKCN]=2)
key ctrl+5
shot bau-suy-ton
TIE=$OUT/bang-khen-tie.csv
RUNOFF=$OUT/bang-khen-runoff.csv
# NNPTNT 6, TNMT 4, BQLKCN 4 of 7 valid papers: both over 50 %, tied for the second seat.
printf '%s\n' ballot,approve 1,NNPTNT\;TNMT 2,NNPTNT\;TNMT 3,NNPTNT\;BQLKCN 4,NNPTNT\;BQLKCN \
  5,TNMT\;BQLKCN 6,NNPTNT\;TNMT 7,NNPTNT\;BQLKCN 8,SPOILED >"$TIE"
printf '%s\n' ballot,approve 1,TNMT 2,BQLKCN 3,TNMT 4,TNMT 5,BQLKCN 6,TNMT 7,TNMT 8,BQLKCN >"$RUNOFF"

# papers SLUG FILE KEYMAP: the papers of FILE typed as read aloud; a shot of the first and the last.
papers() {
  local slug=$1 file=$2 n=0 paper approve keys c
  local -n map=$3
  while IFS=, read -r paper approve; do
    [ "$paper" = ballot ] && continue
    n=$((n + 1))
    if [ "$approve" = SPOILED ]; then
      key H
    elif [ -n "$approve" ]; then
      keys=""
      IFS=';' read -ra codes <<<"$approve"
      for c in "${codes[@]}"; do keys="$keys ${map[$c]}"; done
      # shellcheck disable=SC2086
      key $keys
    fi
    key Return
    # A paper that approves nobody is confirmed by a second Enter.
    [ -z "$approve" ] && key Return
    sleep 0.5
    [ "$n" = 1 ] && shot "$slug-paper-1"
  done <"$file"
  shot "$slug-paper-$n"
}
close_count() {
  key ctrl+k
  shot "$1-close-asked"
  key Return
  sleep 1
  shot "$1-result"
}
elections=(
  "co-thi-dua-chinh-phu|Cờ thi đua của Chính phủ (diễn lại)|1|src/main/resources/vn/thidua/sample/2019-co-thi-dua-chinh-phu.csv"
  "co-thi-dua-ubnd-tinh|Cờ thi đua của UBND tỉnh (diễn lại)|1|src/main/resources/vn/thidua/sample/2019-co-thi-dua-ubnd-tinh.csv"
  "bang-khen-ubnd-tinh|Bằng khen của UBND tỉnh (diễn lại)|2|$TIE"
)
keymap_letters "${elections[@]}"
first=1
for e in "${elections[@]}"; do
  IFS='|' read -r slug title seats file <<<"$e"
  key Insert
  # The form puts the keyboard in its title once shown: a busy machine takes a moment.
  sleep 1
  text "$title"
  key Tab ctrl+a
  text "$seats"
  # Danh sách bầu (the excellent units), then untick "leave out the units already put forward".
  key Tab Tab space
  if [ "$first" = 1 ]; then
    # The threshold's drop-down, next in Tab order, opened from the keyboard (Space), seen open, closed by Esc.
    key Tab space
    shot "$slug-setup-dropdown-open"
    key Escape
    first=0
  fi
  shot "$slug-setup"
  key ctrl+s
  sleep 1
  # The room was shown the scoreboard (F6): the count goes up with F7.
  key F7
  shot "$slug-count-start"
  papers "$slug" "$file" KEYS
  close_count "$slug"
  [ "$slug" = bang-khen-ubnd-tinh ] || key alt+Left
done
# The tie: the keyboard is on "Bầu lại (vòng 2)"; one Space starts the runoff among the tied units.
key space
sleep 1
shot bang-khen-runoff-start
papers bang-khen-runoff "$RUNOFF" RUNOFF_KEYS
close_count bang-khen-runoff
room_large bang-khen-runoff-result-1024x768
key alt+Left

# Next year's head and deputy, from the keyboard: Tab past the list's buttons to Trưởng khối, Space
# opens the list, Home and Down choose, Enter takes it; then Phó khối; Enter on a focused Lưu saves once.
key Tab Tab Tab Tab Tab
key space
shot leaders-head-open
key Home Down Return
key Tab space Home Down Down Down Down Return
key Tab
shot leaders-chosen
key Return
sleep 1
shot leaders-saved

# 4. The documents.
key ctrl+6
sleep 1
key Return
# Written when the folder stops growing (no log line says it): at least 8 files, the same for 15 s.
last=-1
steady=0
for _ in $(seq 120); do
  sleep 1
  now=$(find "$DATA/bao-cao" -type f 2>/dev/null | wc -l)
  if [ "$now" = "$last" ] && [ "$now" -ge 8 ]; then
    steady=$((steady + 1))
    [ "$steady" -ge 15 ] && break
  else
    steady=0
  fi
  last=$now
done
shot bao-cao

# 5. The window closed as by its close box (WM_DELETE_WINDOW; there is no window manager).
python3 - "$MAIN" <<'EOF'
import ctypes, sys
x = ctypes.cdll.LoadLibrary("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XInternAtom.restype = ctypes.c_ulong
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
d = x.XOpenDisplay(None)
class Msg(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]
class Event(ctypes.Union):
    _fields_ = [("msg", Msg), ("pad", ctypes.c_long * 24)]
ev = Event()
ev.msg.type = 33  # ClientMessage
ev.msg.window = int(sys.argv[1])
ev.msg.message_type = x.XInternAtom(d, b"WM_PROTOCOLS", 0)
ev.msg.format = 32
ev.msg.data[0] = x.XInternAtom(d, b"WM_DELETE_WINDOW", 0)
x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
x.XFlush.argtypes = [ctypes.c_void_p]
x.XCloseDisplay.argtypes = [ctypes.c_void_p]
x.XSendEvent(d, ev.msg.window, 0, 0, ctypes.byref(ev))
x.XFlush(d)
x.XCloseDisplay(d)
EOF
for _ in $(seq 150); do
  kill -0 "$APID" 2>/dev/null || break
  sleep 0.2
done
if kill -0 "$APID" 2>/dev/null; then
  fail "the window did not close"
  kill "$APID"
fi
wait "$APID" 2>/dev/null
APID=""

# 6. What can be read from outside.
# Two warnings are known and left out. JavaFX's own when it is loaded from the class path, as in this
# fat jar ("Unsupported JavaFX configuration"; the installed program runs JavaFX as modules). GDK's on
# the console when AWT starts inside the GTK window, as POI's column sizing of the workbook makes it
# ("XSetErrorHandler() called with a GDK error trap pushed"); harmless, and no log line.
if grep -nE "SEVERE|WARNING|Exception|^\s+at " "$DATA"/thidua-*.log "$OUT/console.log" \
    | grep -v -e "WARNING javafx: Unsupported JavaFX configuration: classes were loaded from 'unnamed module" \
      -e "Gdk-WARNING \*\*: [0-9:.]*: XSetErrorHandler() called with a GDK error trap pushed" \
    >"$OUT/log-problems.txt"; then
  fail "the log or the console holds problems:"
  cat "$OUT/log-problems.txt" >&2
fi
cli() {
  java -jar "$ROOT/target/thidua.jar" --db "$DB" "$@"
}
cli election list --bloc KTN --year 2019 --format csv >"$OUT/elections.csv" || fail "election list"
[ "$(grep -c ',closed$' "$OUT/elections.csv")" = 7 ] || fail "7 closed elections expected: $(cat "$OUT/elections.csv")"
# The replayed flags (4, 5) give each unit the votes the sample's (1, 2) gave it.
for i in 1 2; do
  cli tally --election "$i" --format csv >"$OUT/tally-$i.csv" || fail "tally $i"
  cli tally --election $((i + 3)) --format csv >"$OUT/tally-$((i + 3)).csv" || fail "tally $((i + 3))"
  while IFS=, read -r code _ votes _; do
    [ "$code" = code ] && continue
    got=$(awk -F, -v c="$code" '$1 == c { print $3 }' "$OUT/tally-$((i + 3)).csv")
    [ "$got" = "$votes" ] || fail "election $((i + 3)): $code has ${got:-nothing}, the sample's election $i gave $votes"
  done <"$OUT/tally-$i.csv"
done
# votes CSV CODE: the votes of CODE in a tally's CSV; outcome likewise (the last column).
votes() { awk -F, -v c="$2" '$1 == c { print $3 }' "$1"; }
outcome() { awk -F, -v c="$2" '$1 == c { print $NF }' "$1"; }
cli tally --election 6 --format csv >"$OUT/tally-6.csv" || fail "tally 6"
cli tally --election 7 --format csv >"$OUT/tally-7.csv" || fail "tally 7"
[ "$(votes "$OUT/tally-6.csv" NNPTNT)/$(votes "$OUT/tally-6.csv" TNMT)/$(votes "$OUT/tally-6.csv" BQLKCN)" = 6/4/4 ] \
  || fail "the tied election: NNPTNT/TNMT/BQLKCN should have 6/4/4: $(cat "$OUT/tally-6.csv")"
grep -q -i "tie\|bằng phiếu" <(outcome "$OUT/tally-6.csv" TNMT) || fail "TNMT is not tied in election 6: $(cat "$OUT/tally-6.csv")"
[ "$(votes "$OUT/tally-7.csv" TNMT)/$(votes "$OUT/tally-7.csv" BQLKCN)" = 5/3 ] \
  || fail "the runoff: TNMT/BQLKCN should have 5/3: $(cat "$OUT/tally-7.csv")"
for i in 4 5 6 7; do
  cli verify --election "$i" >"$OUT/verify-$i.txt" || fail "verify $i"
done
# One save of next year's leaders after the last close, one audit line (Enter on a focused Lưu once saved twice).
java -cp "$ROOT/target/thidua.jar" org.h2.tools.Shell -url "jdbc:h2:file:${DB%.mv.db}" -user thidua -password "" \
  -sql "select count(*) from audit_log where action = 'season.leaders' and id > (select max(id) from audit_log where action = 'election.close')" >"$OUT/leaders-audit.txt" 2>&1 \
  || fail "the data file could not be read: $(cat "$OUT/leaders-audit.txt")"
grep -qx "1" <(tr -d ' ' <"$OUT/leaders-audit.txt" | grep -E '^[0-9]+$') \
  || fail "one audit line expected for the one save of next year's leaders: $(cat "$OUT/leaders-audit.txt")"
docs=$(find "$DATA/bao-cao" -name '*.docx' -o -name '*.xlsx' 2>/dev/null | wc -l)
[ "$docs" -ge 8 ] || fail "the documents: $docs files written under $DATA/bao-cao"
# The documents name next year's head and deputy as chosen, and the runoff's winner.
alltext=$OUT/documents.txt
: >"$alltext"
while IFS= read -r f; do
  unzip -p "$f" 'word/document.xml' 2>/dev/null | sed -e 's/<[^>]*>//g' >>"$alltext"
done < <(find "$DATA/bao-cao" -name '*.docx')
papers=$(find "$DATA/bao-cao" -name 'phieu-bau-*dien-lai-*.docx' | wc -l)
[ "$papers" = 4 ] || fail "the ballot papers of the three replayed elections and the runoff: $papers files"
grep -q "Sở Công Thương" "$alltext" || fail "no document names Sở Công Thương (next year's head)"
grep -q "Sở Nông nghiệp và Phát triển nông thôn" "$alltext" || fail "no document names next year's deputy"
grep -q "Bằng khen của UBND tỉnh (diễn lại)" "$alltext" || fail "no document names the replayed certificate of merit"
[ "$STEP" -ge 12 ] || fail "only $STEP screenshots"

echo "replay: $STEP screenshots in $OUT ($SCREENS screen(s)), $(($(date +%s) - started)) s"
if [ "$FAILED" != 0 ]; then
  exit 1
fi
echo "replay: passed"

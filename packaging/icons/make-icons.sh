#!/usr/bin/env bash
# Draws the ThiDua icon (a red emulation flag with a yellow star on a pole) and writes
# thidua.png (512 px, Linux), thidua.ico (16-256 px, Windows) and thidua.icns (macOS).
# The three files are committed; run this only to change the icon.
# Needs ImageMagick 6 (convert-im6.q16: on these machines the first `convert` on PATH is not
# ImageMagick) and python3 (ImageMagick 6 cannot write .icns; the .icns is a few PNGs in a
# simple container, written by the few lines of python below).
set -euo pipefail
cd "$(dirname "$0")"
IM=${IM:-convert-im6.q16}
S=1024

# Five-pointed star centred on the flag's cloth.
star=$(awk -v cx=560 -v cy=400 -v R=170 'BEGIN {
  pi = atan2(0, -1); r = R * 0.382; s = ""
  for (i = 0; i < 10; i++) {
    a = -pi / 2 + i * pi / 5; rad = (i % 2) ? r : R
    s = s sprintf("%.1f,%.1f ", cx + rad * cos(a), cy + rad * sin(a))
  }
  print s }')

"$IM" -size ${S}x${S} xc:none \
  -fill '#f4f1ea' -stroke '#c9c3b5' -strokewidth 8 -draw "roundrectangle 40,40 984,984 180,180" \
  -stroke none -fill '#5b4636' -draw "roundrectangle 150,120 196,900 20,20" \
  -fill '#8a6d4f' -draw "circle 173,118 173,82" \
  -fill '#da251d' -draw "path 'M 196,160 C 420,110 620,230 900,160 L 900,640 C 620,710 420,590 196,640 Z'" \
  -fill '#ffde00' -draw "polygon $star" \
  -fill '#5b4636' -draw "roundrectangle 110,880 236,930 16,16" \
  thidua-1024.png

"$IM" thidua-1024.png -resize 512x512 thidua.png
"$IM" thidua-1024.png -define icon:auto-resize=256,128,64,48,32,24,16 thidua.ico
for s in 16 32 64 128 256 512; do "$IM" thidua-1024.png -resize ${s}x${s} icns-$s.png; done
cp thidua-1024.png icns-1024.png

python3 - <<'PY'
import struct
# ICNS entries holding PNG data: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024.
kinds = [(b'icp4', 16), (b'icp5', 32), (b'icp6', 64), (b'ic07', 128), (b'ic08', 256), (b'ic09', 512), (b'ic10', 1024)]
body = b''
for kind, size in kinds:
    data = open(f'icns-{size}.png', 'rb').read()
    body += kind + struct.pack('>I', len(data) + 8) + data
open('thidua.icns', 'wb').write(b'icns' + struct.pack('>I', len(body) + 8) + body)
PY
rm -f icns-*.png thidua-1024.png
ls -l thidua.png thidua.ico thidua.icns

#!/usr/bin/env bash
# Converts Word/Excel files to PDF with LibreOffice and the PDF to PNG pages to look at, and checks
# the PDF text: no "{{" left, the national heading on every Word document.
#   tools/check-documents.sh FILE.docx FILE.xlsx ...   check these files
#   tools/check-documents.sh                           write the 2019 sample pack first, then check it
# Output in $CHECK_OUT (default /tmp/report-check): pdf/ and png/. Exits 0 with a message when
# LibreOffice is not installed, so CI can always call it.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null 2>&1; then
  echo "LibreOffice not installed: skipped"
  exit 0
fi
out=${CHECK_OUT:-/tmp/report-check}
mkdir -p "$out/pdf" "$out/png"

if [ $# -eq 0 ]; then
  mvn -B -q test-compile
  mvn -B -q dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
  rm -rf "$out/files"
  java -cp "target/classes:target/test-classes:$(cat "$out/cp.txt")" vn.thidua.report.WriteSamples "$out/files" >/dev/null
  set -- "$out"/files/*
fi

# A profile of our own: a LibreOffice already open on the desktop would otherwise swallow the job.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out/pdf" "$@" >/dev/null 2>&1 || true

failed=0
for file in "$@"; do
  base=$(basename "${file%.*}")
  pdf="$out/pdf/$base.pdf"
  if [ ! -s "$pdf" ]; then
    echo "FAIL $file: LibreOffice made no PDF"
    failed=1
    continue
  fi
  if ! command -v pdftotext >/dev/null 2>&1; then
    echo "ok   $file -> $pdf (poppler-utils not installed: no text check, no PNG)"
    continue
  fi
  text=$(pdftotext -layout "$pdf" -)
  if grep -q '{{' <<<"$text"; then
    echo "FAIL $file: a placeholder is left: $(grep -m1 -o '{{[^}]*}*' <<<"$text")"
    failed=1
  fi
  # Ballot papers are forms, not letters: they carry the bloc's name, not the national heading.
  if [[ $file == *.docx && $(basename "$file") != phieu-bau-* ]] && ! grep -q 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' <<<"$text"; then
    echo "FAIL $file: no national heading in the PDF text"
    failed=1
  fi
  # Times New Roman, or Liberation Serif with the same widths; anything else moves every line.
  if [[ $file == *.docx ]] && ! pdffonts "$pdf" 2>/dev/null | grep -qE 'Times|LiberationSerif'; then
    echo "warn $file: rendered without Times New Roman or Liberation Serif (install fonts-liberation2)"
  fi
  rm -f "$out/png/$base"-*.png
  pdftoppm -r 80 -png "$pdf" "$out/png/$base"
  pages=$(ls "$out/png/$base"-*.png | wc -l)
  echo "ok   $file: $pages page(s) -> $out/png/$base-*.png"
done
exit $failed

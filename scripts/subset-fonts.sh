#!/usr/bin/env bash
# Rebuilds the PDF export's font subsets (src/features/postmortem/export/fonts/) from the full Noto Sans
# faces in @expo-google-fonts/noto-sans. Not part of the build: the subsets are committed. Needs fonttools
# (`pip install fonttools`). What is kept: Latin (incl. Extended-A/B and Additional), IPA modifiers and
# combining marks, Greek (incl. Extended), Cyrillic (incl. Supplement), punctuation, currency, letterlike
# symbols, arrows, maths operators, enclosed numbers, shapes, check marks. Hinting and OpenType layout
# tables are dropped: jsPDF uses neither. The full faces are 614 KB each; the subsets about 136 KB.
set -euo pipefail
cd "$(dirname "$0")/.."
UNICODES="U+0000-024F,U+0259,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+1F00-1FFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+2460-24FF,U+25A0-25FF,U+2600-26FF,U+2713-2717,U+FEFF,U+FFFD"
SRC=node_modules/@expo-google-fonts/noto-sans
OUT=src/features/postmortem/export/fonts
for face in "400Regular:Regular" "700Bold:Bold"; do
  pyftsubset "$SRC/${face%%:*}/NotoSans_${face%%:*}.ttf" --unicodes="$UNICODES" --no-hinting --layout-features='' \
    --name-IDs='*' --name-languages='*' --output-file="$OUT/NotoSans-${face##*:}-subset.ttf"
done
cp "$SRC/LICENSE_FONT" "$OUT/OFL.txt"

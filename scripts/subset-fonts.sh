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

# The PDF's symbol fallbacks (fetched only by a document that uses them, see src/features/postmortem/domain/
# plan-pdf-fonts.ts): arrows and maths from Noto Sans Math (1 MB whole, 188 KB cut), dingbats (✓ ✗),
# shapes, technical and miscellaneous symbols from Noto Sans Symbols 2 (1.2 MB whole, 99 KB cut). The
# fonts come from @expo-google-fonts/noto-sans-math and noto-sans-symbols-2 (devDependencies).
# After changing these, run `node scripts/generate-pdf-font-coverage.mjs`.
pyftsubset node_modules/@expo-google-fonts/noto-sans-math/400Regular/NotoSansMath_400Regular.ttf \
  --unicodes="U+2190-21FF,U+2200-22FF,U+2300-23FF,U+27C0-27EF,U+27F0-27FF,U+2900-297F,U+2980-29FF,U+2A00-2AFF,U+2B00-2BFF" \
  --no-hinting --layout-features='' --name-IDs='*' --name-languages='*' --output-file="$OUT/NotoSansMath-Regular-subset.ttf"
# Arrows alone (13 KB): the PDF's own span labels ("impact start → service restored") use →, and a Latin-only
# postmortem should not fetch the whole maths cut for it.
pyftsubset node_modules/@expo-google-fonts/noto-sans-math/400Regular/NotoSansMath_400Regular.ttf \
  --unicodes="U+2190-21FF" \
  --no-hinting --layout-features='' --name-IDs='*' --name-languages='*' --output-file="$OUT/NotoSansMath-Arrows-subset.ttf"
pyftsubset node_modules/@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf \
  --unicodes="U+2190-21FF,U+2300-23FF,U+2400-243F,U+2500-25FF,U+2600-26FF,U+2700-27BF,U+2B00-2BFF" \
  --no-hinting --layout-features='' --name-IDs='*' --name-languages='*' --output-file="$OUT/NotoSansSymbols2-Regular-subset.ttf"

// Where each of the PDF's fonts comes from, read from src/features/postmortem/export/fonts/font-sources.json:
// the full faces from @expo-google-fonts packages (devDependencies; Vite copies them into the build as hashed
// assets), the symbol fonts as subsets committed beside the Latin ones (scripts/subset-fonts.sh) — arrows alone
// (13 KB), so the PDF's own span labels ("impact start → service restored") never fetch the maths font. The JSON
// is shared by the build, the coverage generator and the PDF tests (which never import scripts/).
import { readFileSync } from 'node:fs';

const sources = JSON.parse(readFileSync(new URL('../src/features/postmortem/export/fonts/font-sources.json', import.meta.url), 'utf8'));

/** Fallback font id → its TrueType file (relative to the repository root) and its licence text. */
export const PDF_FONT_SOURCES = sources.fallback;

/** The Latin, Greek and Cyrillic face every PDF embeds; its coverage is the base of every plan. */
export const PDF_BASE_FONT_SOURCE = sources.base;

// Where each of the PDF's fallback fonts comes from: the full faces from @expo-google-fonts packages
// (devDependencies; Vite copies them into the build as hashed assets), the two symbol fonts as subsets
// committed beside the Latin ones (scripts/subset-fonts.sh). Shared by the coverage generator and its test.

const pkg = (name, file) => `node_modules/@expo-google-fonts/${name}/400Regular/${file}`;
const committed = (file) => `src/features/postmortem/export/fonts/${file}`;

/** Fallback font id → its TrueType file (relative to the repository root) and its licence text. */
export const PDF_FONT_SOURCES = {
  hebrew: { font: pkg('noto-sans-hebrew', 'NotoSansHebrew_400Regular.ttf'), licence: 'node_modules/@expo-google-fonts/noto-sans-hebrew/LICENSE_FONT' },
  arabic: { font: pkg('noto-sans-arabic', 'NotoSansArabic_400Regular.ttf'), licence: 'node_modules/@expo-google-fonts/noto-sans-arabic/LICENSE_FONT' },
  devanagari: { font: pkg('noto-sans-devanagari', 'NotoSansDevanagari_400Regular.ttf'), licence: 'node_modules/@expo-google-fonts/noto-sans-devanagari/LICENSE_FONT' },
  thai: { font: pkg('noto-sans-thai', 'NotoSansThai_400Regular.ttf'), licence: 'node_modules/@expo-google-fonts/noto-sans-thai/LICENSE_FONT' },
  japanese: { font: pkg('noto-sans-jp', 'NotoSansJP_400Regular.ttf'), licence: 'node_modules/@expo-google-fonts/noto-sans-jp/LICENSE_FONT' },
  korean: { font: pkg('noto-sans-kr', 'NotoSansKR_400Regular.ttf'), licence: 'node_modules/@expo-google-fonts/noto-sans-kr/LICENSE_FONT' },
  chinese: { font: pkg('noto-sans-sc', 'NotoSansSC_400Regular.ttf'), licence: 'node_modules/@expo-google-fonts/noto-sans-sc/LICENSE_FONT' },
  // Arrows alone (13 KB), so the PDF's own span labels ("impact start → service restored") never fetch the maths font.
  arrows: { font: committed('NotoSansMath-Arrows-subset.ttf'), licence: 'node_modules/@expo-google-fonts/noto-sans-math/LICENSE_FONT' },
  math: { font: committed('NotoSansMath-Regular-subset.ttf'), licence: 'node_modules/@expo-google-fonts/noto-sans-math/LICENSE_FONT' },
  symbols: { font: committed('NotoSansSymbols2-Regular-subset.ttf'), licence: 'node_modules/@expo-google-fonts/noto-sans-symbols-2/LICENSE_FONT' },
  emoji: { font: pkg('noto-emoji', 'NotoEmoji_400Regular.ttf'), licence: 'node_modules/@expo-google-fonts/noto-emoji/LICENSE_FONT' },
};

/** The Latin, Greek and Cyrillic face every PDF embeds; its coverage is the base of every plan. */
export const PDF_BASE_FONT_SOURCE = committed('NotoSans-Regular-subset.ttf');

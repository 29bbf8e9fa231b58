// Making the PDF in the browser: jsPDF and the Noto Sans font are fetched from our own origin only when the user exports.
// Noto Sans cut down to Latin, Greek, Cyrillic and common symbols (scripts/subset-fonts.sh): 136 KB a face
// instead of 614 KB, which is most of the first export's time (fetching, parsing and subsetting the font).
import notoSansBoldUrl from './fonts/NotoSans-Bold-subset.ttf?url';
import notoSansRegularUrl from './fonts/NotoSans-Regular-subset.ttf?url';
// The fallback fonts: each URL is only a string here; a font is fetched only by a document that needs it.
// The build puts them in assets/pdf-fonts/, which the service worker caches on first use (not precached).
import notoSansArrowsUrl from './fonts/NotoSansMath-Arrows-subset.ttf?url';
import notoSansMathUrl from './fonts/NotoSansMath-Regular-subset.ttf?url';
import notoSansSymbolsUrl from './fonts/NotoSansSymbols2-Regular-subset.ttf?url';
import notoEmojiUrl from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import notoSansArabicUrl from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import notoSansDevanagariUrl from '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf?url';
import notoSansHebrewUrl from '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf?url';
import notoSansJpUrl from '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url';
import notoSansKrUrl from '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url';
import notoSansScUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import notoSansThaiUrl from '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf?url';
import { buildPostmortemPdf, type BuildPdfOptions, type PdfFonts, type PdfPaper } from './build-postmortem-pdf';
import type { PdfFallbackFontFiles } from './draw-pdf-text';
import { listPdfTexts } from './list-pdf-texts';
import { planPdfFonts, type PdfFallbackFont } from './plan-pdf-fonts';
import { createPostmortemFilename } from './postmortem-filename';
import type { PostmortemDoc } from '../domain/postmortem-types';

/** Why an export failed, for a message the user can act on. */
export class PdfExportError extends Error {
  readonly code: 'library-unavailable' | 'render-failed';
  constructor(code: PdfExportError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PdfExportError';
    this.code = code;
  }
}

/**
 * A response body as base64, encoded by the browser (FileReader) rather than character by character in script:
 * the two fonts are 1.2 MB, and encoding them in script took about 100 ms of the first export.
 */
async function fetchBase64(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const blob = await response.blob();
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`${url} could not be read`));
    reader.readAsDataURL(blob);
  });
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

let fontsPromise: Promise<PdfFonts> | null = null;

/** The two Noto Sans faces as base64, fetched once per page load (a failed fetch is retried next time). */
function loadPdfFonts(): Promise<PdfFonts> {
  fontsPromise ??= Promise.all([fetchBase64(notoSansRegularUrl), fetchBase64(notoSansBoldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  fontsPromise.catch(() => {
    fontsPromise = null;
  });
  return fontsPromise;
}

const FALLBACK_FONT_URLS: Record<PdfFallbackFont, string> = {
  hebrew: notoSansHebrewUrl,
  arabic: notoSansArabicUrl,
  devanagari: notoSansDevanagariUrl,
  thai: notoSansThaiUrl,
  japanese: notoSansJpUrl,
  korean: notoSansKrUrl,
  chinese: notoSansScUrl,
  arrows: notoSansArrowsUrl,
  math: notoSansMathUrl,
  symbols: notoSansSymbolsUrl,
  emoji: notoEmojiUrl,
};

const fallbackPromises = new Map<PdfFallbackFont, Promise<string>>();

/** One fallback font as base64, fetched once per page load; a failed fetch is retried next time. */
function loadFallbackFont(font: PdfFallbackFont): Promise<string | null> {
  let promise = fallbackPromises.get(font);
  if (!promise) {
    promise = fetchBase64(FALLBACK_FONT_URLS[font]);
    fallbackPromises.set(font, promise);
    promise.catch(() => fallbackPromises.delete(font));
  }
  return promise.catch(() => null);
}

/** The fallback fonts a document needs, and those that could not be fetched (offline before their first use). */
async function loadFallbackFonts(fonts: readonly PdfFallbackFont[]): Promise<{ files: PdfFallbackFontFiles; failed: PdfFallbackFont[] }> {
  const loaded = await Promise.all(fonts.map(async (font) => [font, await loadFallbackFont(font)] as const));
  const files: PdfFallbackFontFiles = {};
  const failed: PdfFallbackFont[] = [];
  for (const [font, file] of loaded) {
    if (file === null) failed.push(font);
    else files[font] = file;
  }
  return { files, failed };
}

export interface PdfExportResult {
  filename: string;
  /** True when the font could not be loaded and the PDF fell back to Helvetica (Western European text only). */
  fontFallback: boolean;
  /** Characters left out because their fallback font could not be fetched (offline before its first use). */
  missingForFonts: string[];
}

/**
 * Builds the postmortem's PDF and offers it as a download. Loads jsPDF (a separate chunk) and the font on
 * first use. Throws a `PdfExportError` when jsPDF cannot be loaded or the document cannot be laid out.
 */
/** `locale`: the reader's, so the PDF's figures read as the screen's do; `reviewRules`: this browser's review deadlines. */
export async function exportPostmortemPdf(doc: PostmortemDoc, paper: PdfPaper, locale?: string, reviewRules?: BuildPdfOptions['reviewRules']): Promise<PdfExportResult> {
  const plan = planPdfFonts(listPdfTexts(doc));
  const [library, fonts, fallback] = await Promise.all([
    import('jspdf').catch((error: unknown) => {
      throw new PdfExportError('library-unavailable', 'The PDF maker could not be loaded. Check your connection and try again.', { cause: error });
    }),
    loadPdfFonts().catch(() => null),
    loadFallbackFonts(plan.fonts),
  ]);
  const filename = createPostmortemFilename(doc, 'pdf');
  try {
    const pdf = buildPostmortemPdf(doc, library.jsPDF, {
      paper,
      ...(fonts ? { fonts } : {}),
      ...(locale ? { locale } : {}),
      ...(reviewRules ? { reviewRules } : {}),
      ...(plan.fonts.length > 0 ? { fallback: { plan, files: fallback.files } } : {}),
    });
    pdf.save(filename);
  } catch (error) {
    throw new PdfExportError('render-failed', 'The PDF could not be made from this postmortem. Export Markdown or print it instead.', { cause: error });
  }
  const failed = new Set(fallback.failed);
  const missingForFonts = [...plan.faces].filter(([, face]) => face !== null && face !== 'base' && failed.has(face)).map(([code]) => String.fromCodePoint(code));
  return { filename, fontFallback: fonts === null, missingForFonts };
}

// Making the PDF in the browser: jsPDF and the Noto Sans font are fetched from our own origin only when the user exports.
// Noto Sans cut down to Latin, Greek, Cyrillic and common symbols (scripts/subset-fonts.sh): 136 KB a face
// instead of 614 KB, which is most of the first export's time (fetching, parsing and subsetting the font).
import notoSansBoldUrl from './fonts/NotoSans-Bold-subset.ttf?url';
import notoSansRegularUrl from './fonts/NotoSans-Regular-subset.ttf?url';
import { buildPostmortemPdf, type PdfFonts, type PdfPaper } from '../domain/build-postmortem-pdf';
import { createPostmortemFilename } from '../domain/postmortem-filename';
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

export interface PdfExportResult {
  filename: string;
  /** True when the font could not be loaded and the PDF fell back to Helvetica (Western European text only). */
  fontFallback: boolean;
}

/**
 * Builds the postmortem's PDF and offers it as a download. Loads jsPDF (a separate chunk) and the font on
 * first use. Throws a `PdfExportError` when jsPDF cannot be loaded or the document cannot be laid out.
 */
/** `locale`: the reader's, so the PDF's figures read as the screen's do. */
export async function exportPostmortemPdf(doc: PostmortemDoc, paper: PdfPaper, locale?: string): Promise<PdfExportResult> {
  const [library, fonts] = await Promise.all([
    import('jspdf').catch((error: unknown) => {
      throw new PdfExportError('library-unavailable', 'The PDF maker could not be loaded. Check your connection and try again.', { cause: error });
    }),
    loadPdfFonts().catch(() => null),
  ]);
  const filename = createPostmortemFilename(doc, 'pdf');
  try {
    const pdf = buildPostmortemPdf(doc, library.jsPDF, { paper, ...(fonts ? { fonts } : {}), ...(locale ? { locale } : {}) });
    pdf.save(filename);
  } catch (error) {
    throw new PdfExportError('render-failed', 'The PDF could not be made from this postmortem. Export Markdown or print it instead.', { cause: error });
  }
  return { filename, fontFallback: fonts === null };
}

import { getReaderLocale } from '../../../lib/format';
import { useEffect, useState } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { downloadFile } from '../../../lib/download';
import type { PdfPaper } from '../export/build-postmortem-pdf';
import type { PdfTextProblem } from '../export/plan-pdf-fonts';
import { createPostmortemFilename, type PostmortemExportExtension } from '../export/postmortem-filename';
import { serializePostmortem } from '../export/postmortem-json';
import type { PostmortemDoc } from '../domain/postmortem-types';
import type { ReviewRules } from './use-review-rules';
import type { renderPostmortemMarkdown as RenderPostmortemMarkdown } from '../export/render-postmortem-markdown';
import './export-panel.css';

/** Letter where it is the norm (US, Canada, Mexico, Philippines and a few more), A4 everywhere else. */
export function defaultPaperFor(locale: string): PdfPaper {
  const region = /[-_]([A-Z]{2})\b/i.exec(locale)?.[1]?.toUpperCase();
  return region && ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PR'].includes(region) ? 'letter' : 'a4';
}

const PAPER_LABELS: Record<PdfPaper, string> = { a4: 'A4', letter: 'US Letter' };

/** A file format offered as a "Download …" button. Adding a text format is one entry here. */
interface DownloadFormat {
  id: string;
  /** The group it is listed in. */
  group: 'md' | 'other';
  label: string;
  extension: PostmortemExportExtension;
  mime: string;
  /** Renders the file; a heavy renderer can be an `import()` inside. */
  render: (doc: PostmortemDoc, locale: string, reviewRules: ReviewRules) => string | Promise<string>;
}

type MarkdownRenderer = typeof RenderPostmortemMarkdown;
let markdownRenderer: MarkdownRenderer | undefined;

/**
 * The Markdown renderer is its own chunk (the route's first load stays small). The panel starts loading it when it
 * appears, so a click finds it loaded and "Copy Markdown" copies within the click, as some browsers require.
 */
function loadMarkdownRenderer(): Promise<MarkdownRenderer> {
  return import('../export/render-postmortem-markdown').then((module) => (markdownRenderer = module.renderPostmortemMarkdown));
}

function renderMarkdown(doc: PostmortemDoc, locale: string, reviewRules: ReviewRules): string | Promise<string> {
  const options = { locale, reviewRules };
  return markdownRenderer ? markdownRenderer(doc, options) : loadMarkdownRenderer().then((render) => render(doc, options));
}

// The PDF is not in this list: it has its own group (paper size, a font check before export, jsPDF's own save).
const DOWNLOAD_FORMATS: readonly DownloadFormat[] = [
  { id: 'md', group: 'md', label: 'Download Markdown', extension: 'md', mime: 'text/markdown;charset=utf-8', render: renderMarkdown },
  { id: 'json', group: 'other', label: 'Download JSON', extension: 'json', mime: 'application/json;charset=utf-8', render: (doc) => serializePostmortem(doc) },
];

function downloadAs(format: DownloadFormat, doc: PostmortemDoc, reviewRules: ReviewRules): void {
  const save = (text: string) => downloadFile(createPostmortemFilename(doc, format.extension), text, format.mime);
  const text = format.render(doc, getReaderLocale(), reviewRules);
  // A renderer already at hand saves within the click itself; a lazy one saves when it has loaded.
  if (typeof text === 'string') save(text);
  else text.then(save).catch(() => undefined);
}

function DownloadButtons({ group, doc, reviewRules }: { group: DownloadFormat['group']; doc: PostmortemDoc; reviewRules: ReviewRules }) {
  return DOWNLOAD_FORMATS.filter((format) => format.group === group).map((format) => (
    <button key={format.id} type="button" className="button" onClick={() => downloadAs(format, doc, reviewRules)}>
      {format.label}
    </button>
  ));
}

/** Long enough not to rebuild the document's outline on every keystroke. */
const CHECK_DELAY_MS = 250;

/** What a PDF of `doc` would lose or misdraw; [] when nothing. */
async function findPdfTextProblems(doc: PostmortemDoc): Promise<readonly PdfTextProblem[]> {
  // The check runs a moment after typing stops, never at first paint: its code loads with it, off the route's first load.
  const { isSurelyInBaseFont, listPdfTexts } = await import('../export/list-pdf-texts');
  const texts = listPdfTexts(doc);
  if (texts.every(isSurelyInBaseFont)) return [];
  // The fonts' coverage tables (about 12 KB gzip) load only for a document with characters beyond these.
  const { planPdfFonts } = await import('../export/plan-pdf-fonts');
  return planPdfFonts(texts).problems;
}

interface CheckedDoc {
  doc: PostmortemDoc;
  problems: readonly PdfTextProblem[];
}

/** The last document checked for PDF problems, checked a moment after typing stops. */
function usePdfTextCheck(doc: PostmortemDoc): [CheckedDoc | null, (checked: CheckedDoc) => void] {
  const [checked, setChecked] = useState<CheckedDoc | null>(null);
  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      findPdfTextProblems(doc)
        .then((problems) => {
          if (current) setChecked({ doc, problems });
        })
        .catch(() => undefined);
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [doc]);
  return [checked, setChecked];
}

type PdfState = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'working' } | { kind: 'done'; filename: string; fallback: boolean; missing: string[] } | { kind: 'failed'; message: string };

interface ExportPanelProps {
  doc: PostmortemDoc;
  /** Findings still open: exporting is never blocked, but the count is shown. */
  findings: number;
  /** This browser's review deadlines, for a derived review due date in the Markdown and the PDF. */
  reviewRules: ReviewRules;
}

/** Markdown (download, copy), PDF (A4 or Letter), JSON and print. */
export function ExportPanel({ doc, findings, reviewRules }: ExportPanelProps) {
  const [paper, setPaper] = useState<PdfPaper>(() => defaultPaperFor(navigator.language || 'en-US'));
  const [pdf, setPdf] = useState<PdfState>({ kind: 'idle' });
  const [checked, setChecked] = usePdfTextCheck(doc);
  useEffect(() => {
    loadMarkdownRenderer().catch(() => undefined);
  }, []);
  const problems = checked?.problems ?? [];
  const markdown = DOWNLOAD_FORMATS.find((format) => format.id === 'md');
  const downloadMarkdown = () => {
    if (markdown) downloadAs(markdown, doc, reviewRules);
  };

  const exportPdf = async () => {
    // Never a PDF that loses characters unannounced: a document changed since the last check (a click right
    // after typing) is checked now, and when it has problems the list appears and the export waits for a
    // second click. A document whose list is already on screen exports at once.
    if (checked?.doc !== doc) {
      const found = await findPdfTextProblems(doc).catch(() => []);
      setChecked({ doc, problems: found });
      if (found.length > 0) {
        setPdf({ kind: 'confirm' });
        return;
      }
    }
    setPdf({ kind: 'working' });
    try {
      // The PDF code (jsPDF and its font) is its own chunk, loaded on the first export only.
      const { exportPostmortemPdf } = await import('../export/export-postmortem-pdf');
      const result = await exportPostmortemPdf(doc, paper, getReaderLocale(), reviewRules);
      setPdf({ kind: 'done', filename: result.filename, fallback: result.fontFallback, missing: result.missingForFonts });
    } catch (error) {
      setPdf({
        kind: 'failed',
        message: error instanceof Error && error.name === 'PdfExportError' ? error.message : 'The PDF could not be made. Try again, or export Markdown or print instead.',
      });
    }
  };

  return (
    <section className="panel pm-export no-print" aria-labelledby="pm-export-title">
      <h2 id="pm-export-title">Export</h2>
      {findings > 0 ? (
        <p className="small muted">
          {findings === 1 ? '1 language finding is' : `${findings} language findings are`} still open. You can export anyway.
        </p>
      ) : null}
      {problems.length > 0 ? <PdfProblems problems={problems} onMarkdown={downloadMarkdown} /> : null}
      <div className="pm-export__groups">
        <div className="pm-export__group" role="group" aria-labelledby="pm-export-pdf">
          <h3 id="pm-export-pdf" className="pm-export__label">
            PDF
          </h3>
          <div className="button-row">
            <label className="visually-hidden" htmlFor="pm-paper">
              Paper size
            </label>
            <select id="pm-paper" className="select pm-export__paper" value={paper} onChange={(e) => setPaper(e.target.value as PdfPaper)}>
              {(Object.keys(PAPER_LABELS) as PdfPaper[]).map((key) => (
                <option key={key} value={key}>
                  {PAPER_LABELS[key]}
                </option>
              ))}
            </select>
            <button type="button" className="button button--primary" onClick={() => void exportPdf()} disabled={pdf.kind === 'working'}>
              {pdf.kind === 'working' ? 'Making the PDF…' : 'Download PDF'}
            </button>
          </div>
        </div>
        <div className="pm-export__group" role="group" aria-labelledby="pm-export-md">
          <h3 id="pm-export-md" className="pm-export__label">
            Markdown
          </h3>
          <div className="button-row">
            <DownloadButtons group="md" doc={doc} reviewRules={reviewRules} />
            <CopyButton text={() => renderMarkdown(doc, getReaderLocale(), reviewRules)} label="Copy Markdown" />
          </div>
        </div>
        <div className="pm-export__group" role="group" aria-labelledby="pm-export-other">
          <h3 id="pm-export-other" className="pm-export__label">
            Other
          </h3>
          <div className="button-row">
            <DownloadButtons group="other" doc={doc} reviewRules={reviewRules} />
            <button type="button" className="button" onClick={() => window.print()}>
              Print
            </button>
          </div>
        </div>
      </div>
      <p className="pm-export__status small" role="status">
        {pdf.kind === 'working' ? 'Making the PDF. The first one takes a moment: the PDF maker and its font load now.' : null}
        {pdf.kind === 'confirm' ? 'Before you export: the PDF would not show every character as typed (listed above). Download PDF again to export it anyway, or download Markdown.' : null}
        {pdf.kind === 'done' ? `Downloaded ${pdf.filename}.` : null}
        {pdf.kind === 'done' && problems.length > 0 && checked?.doc === doc ? ' It does not show the characters listed above as typed.' : null}
        {pdf.kind === 'done' && pdf.fallback ? ' The font could not be loaded, so letters outside Western European alphabets may be missing in it.' : null}
        {pdf.kind === 'done' && pdf.missing.length > 0
          ? ` A font it needs could not be loaded (it is fetched the first time it is needed, so this happens offline), so these characters are missing in it: ${pdf.missing.join(' ')}. Try again when online, or download Markdown.`
          : null}
      </p>
      {pdf.kind === 'failed' ? (
        <p className="pm-export__error" role="alert">
          {pdf.message}
        </p>
      ) : null}
    </section>
  );
}

/**
 * The warning shown before a PDF export when the PDF would not show every character as typed: each group of
 * characters with what happens to them, and Markdown (which keeps everything) as the way out.
 */
function PdfProblems({ problems, onMarkdown }: { problems: readonly PdfTextProblem[]; onMarkdown: () => void }) {
  const missing = problems.some((problem) => problem.kind === 'missing');
  return (
    <div className="pm-export__problems" role="group" aria-labelledby="pm-export-problems">
      <h3 id="pm-export-problems" className="pm-export__problems-title">
        {missing ? 'The PDF would leave out some characters' : 'The PDF would not draw some text as typed'}
      </h3>
      <ul className="pm-export__problem-list">
        {problems.map((problem) => (
          <li key={`${problem.kind}:${problem.reason}`}>
            <span className="pm-export__problem-reason">{problem.reason}</span>{' '}
            <span className="pm-export__problem-items">
              {problem.items.map((item, index) => (
                <span key={item} className="pm-export__problem-item">
                  {index > 0 ? ' · ' : ''}
                  <bdi>{item}</bdi>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
      <p className="small pm-export__problems-hint">Markdown keeps every character exactly as typed.</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onMarkdown}>
          Download Markdown instead
        </button>
      </div>
    </div>
  );
}

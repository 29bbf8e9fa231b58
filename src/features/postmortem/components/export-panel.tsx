import { getReaderLocale } from '../../../lib/format';
import { useState } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { downloadFile } from '../../../lib/download';
import type { PdfPaper } from '../domain/build-postmortem-pdf';
import { createPostmortemFilename } from '../domain/postmortem-filename';
import { serializePostmortem } from '../domain/postmortem-json';
import type { PostmortemDoc } from '../domain/postmortem-types';
import { renderPostmortemMarkdown } from '../domain/render-postmortem-markdown';

/** Letter where it is the norm (US, Canada, Mexico, Philippines and a few more), A4 everywhere else. */
export function defaultPaperFor(locale: string): PdfPaper {
  const region = /[-_]([A-Z]{2})\b/i.exec(locale)?.[1]?.toUpperCase();
  return region && ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PR'].includes(region) ? 'letter' : 'a4';
}

const PAPER_LABELS: Record<PdfPaper, string> = { a4: 'A4', letter: 'US Letter' };

type PdfState = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; filename: string; fallback: boolean } | { kind: 'failed'; message: string };

interface ExportPanelProps {
  doc: PostmortemDoc;
  /** Findings still open: exporting is never blocked, but the count is shown. */
  findings: number;
}

/** Markdown (download, copy), PDF (A4 or Letter), JSON and print. */
export function ExportPanel({ doc, findings }: ExportPanelProps) {
  const [paper, setPaper] = useState<PdfPaper>(() => defaultPaperFor(navigator.language || 'en-US'));
  const [pdf, setPdf] = useState<PdfState>({ kind: 'idle' });

  const exportPdf = async () => {
    setPdf({ kind: 'working' });
    try {
      // The PDF code (jsPDF and its font) is its own chunk, loaded on the first export only.
      const { exportPostmortemPdf } = await import('../export/export-postmortem-pdf');
      const result = await exportPostmortemPdf(doc, paper, getReaderLocale());
      setPdf({ kind: 'done', filename: result.filename, fallback: result.fontFallback });
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
            <button
              type="button"
              className="button"
              onClick={() => downloadFile(createPostmortemFilename(doc, 'md'), renderPostmortemMarkdown(doc, { locale: getReaderLocale() }), 'text/markdown;charset=utf-8')}
            >
              Download Markdown
            </button>
            <CopyButton text={() => renderPostmortemMarkdown(doc, { locale: getReaderLocale() })} label="Copy Markdown" />
          </div>
        </div>
        <div className="pm-export__group" role="group" aria-labelledby="pm-export-other">
          <h3 id="pm-export-other" className="pm-export__label">
            Other
          </h3>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => downloadFile(createPostmortemFilename(doc, 'json'), serializePostmortem(doc), 'application/json;charset=utf-8')}
            >
              Download JSON
            </button>
            <button type="button" className="button" onClick={() => window.print()}>
              Print
            </button>
          </div>
        </div>
      </div>
      <p className="pm-export__status small" role="status">
        {pdf.kind === 'working' ? 'Making the PDF. The first one takes a moment: the PDF maker and its font load now.' : null}
        {pdf.kind === 'done' ? `Downloaded ${pdf.filename}.` : null}
        {pdf.kind === 'done' && pdf.fallback ? ' The font could not be loaded, so letters outside Western European alphabets may be missing in it.' : null}
      </p>
      {pdf.kind === 'failed' ? (
        <p className="pm-export__error" role="alert">
          {pdf.message}
        </p>
      ) : null}
    </section>
  );
}

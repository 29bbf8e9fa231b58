import { getReaderLocale } from '../../../lib/format';
import { memo, useId, useLayoutEffect } from 'react';
import { TableWrap } from '../../../components/ui/table-wrap';
import { buildPostmortemOutline, type OutlineBlock, type OutlineCell, type OutlineSection } from '../domain/build-postmortem-outline';
import type { PostmortemDoc } from '../domain/postmortem-types';
import './postmortem-preview.css';

/**
 * A performance mark each time the preview commits a new document (detail: its `updatedAt`), so `npm run bench` can
 * measure keystroke-to-preview latency. Only the latest mark is kept, so a long session does not fill the buffer.
 */
export const PREVIEW_COMMIT_MARK = 'outage-kit:preview-commit';

function Cell({ cell }: { cell: OutlineCell }) {
  // `href` is set only for links that passed sanitizeLink (http, https, mailto).
  if (cell.href) {
    return (
      <a href={cell.href} target="_blank" rel="noopener noreferrer">
        {cell.text}
      </a>
    );
  }
  return <>{cell.text}</>;
}

/** Text with line breaks kept (each "\n" a <br>), still plain text. */
function Lines({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, i) => (
        <span key={i}>
          {i > 0 ? <br /> : null}
          {line}
        </span>
      ))}
    </>
  );
}

// The outline is rebuilt from the whole document on every edit, so its objects are always new. Sections, blocks and
// table rows compare by content instead, and React re-renders only what changed: typing in one section of a large
// postmortem re-renders one paragraph, not the 1,000-row timeline table.

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function sameRow(a: readonly OutlineCell[], b: readonly OutlineCell[]): boolean {
  return a.length === b.length && a.every((cell, i) => cell.text === b[i]?.text && cell.href === b[i]?.href);
}

/** True when two blocks render the same. */
function sameBlock(a: OutlineBlock, b: OutlineBlock): boolean {
  if (a === b) return true;
  switch (a.type) {
    case 'paragraph':
      return b.type === 'paragraph' && a.muted === b.muted && sameStrings(a.lines, b.lines);
    case 'subheading':
      return b.type === 'subheading' && a.text === b.text;
    case 'list':
      return b.type === 'list' && a.ordered === b.ordered && a.start === b.start && sameStrings(a.items, b.items);
    case 'table':
      return (
        b.type === 'table' &&
        a.caption === b.caption &&
        sameStrings(a.columns, b.columns) &&
        a.rows.length === b.rows.length &&
        a.rows.every((row, i) => sameRow(row, b.rows[i] ?? []))
      );
  }
}

const TableRow = memo(
  function TableRow({ row, columns }: { row: OutlineCell[]; columns: string[] }) {
    return (
      <tr>
        {row.map((cell, c) => (
          <td key={c} className={/^Time\b/.test(columns[c] ?? '') ? 'pm-doc__time' : undefined}>
            {cell.href ? <Cell cell={cell} /> : <Lines text={cell.text} />}
          </td>
        ))}
      </tr>
    );
  },
  (a, b) => sameRow(a.row, b.row) && sameStrings(a.columns, b.columns),
);

const Block = memo(
  function Block({ block }: { block: OutlineBlock }) {
    switch (block.type) {
      case 'paragraph':
        return (
          <p className={block.muted ? 'pm-doc__muted' : undefined}>
            <Lines text={block.lines.join('\n')} />
          </p>
        );
      case 'subheading':
        return <h4>{block.text}</h4>;
      case 'list': {
        const items = block.items.map((item, i) => (
          <li key={i}>
            <Lines text={item} />
          </li>
        ));
        return block.ordered ? <ol start={block.start}>{items}</ol> : <ul>{items}</ul>;
      }
      case 'table':
        return (
          <TableWrap label={`${block.caption} table`}>
            <table className="table pm-doc__table">
              <caption className="visually-hidden">{block.caption}</caption>
              <thead>
                <tr>
                  {block.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, r) => (
                  <TableRow key={r} row={row} columns={block.columns} />
                ))}
              </tbody>
            </table>
          </TableWrap>
        );
    }
  },
  (a, b) => sameBlock(a.block, b.block),
);

const PreviewSection = memo(
  function PreviewSection({ section }: { section: OutlineSection }) {
    return (
      <section className="pm-doc__section">
        <h3>{section.title}</h3>
        {section.blocks.map((block, i) => (
          <Block key={i} block={block} />
        ))}
      </section>
    );
  },
  (a, b) =>
    a.section.title === b.section.title &&
    a.section.blocks.length === b.section.blocks.length &&
    a.section.blocks.every((block, i) => {
      const other = b.section.blocks[i];
      return other !== undefined && sameBlock(block, other);
    }),
);

/**
 * The document as it will be exported, rendered from the same outline as the Markdown and the PDF. User text
 * is only ever text nodes; links are rendered only when they passed the http(s)/mailto check.
 */
export const PostmortemPreview = memo(function PostmortemPreview({ doc }: { doc: PostmortemDoc }) {
  const outline = buildPostmortemOutline(doc, { locale: getReaderLocale() });
  const titleId = useId();
  useLayoutEffect(() => {
    performance.clearMarks(PREVIEW_COMMIT_MARK);
    performance.mark(PREVIEW_COMMIT_MARK, { detail: doc.updatedAt });
  }, [doc]);
  return (
    <article className="pm-doc" aria-labelledby={titleId}>
      <p className="pm-doc__kicker">
        {outline.drillLabel ? <span className="pm-tag pm-tag--warn pm-tag--drill">{outline.drillLabel}</span> : null}
        Postmortem{doc.incidentId.trim() ? ` · ${doc.incidentId.trim()}` : ''}
      </p>
      <h2 id={titleId} className="pm-doc__title">
        {outline.title}
      </h2>
      <dl className="pm-doc__fields">
        {outline.fields.map((field) => (
          <div key={field.label} className="pm-doc__field">
            <dt>{field.label}</dt>
            <dd>{field.value}</dd>
          </div>
        ))}
      </dl>
      {outline.sections.map((section) => (
        <PreviewSection key={section.id} section={section} />
      ))}
    </article>
  );
});

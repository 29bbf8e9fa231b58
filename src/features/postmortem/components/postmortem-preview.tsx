import { memo, useId, useLayoutEffect } from 'react';
import { TableWrap } from '../../../components/ui/table-wrap';
import { buildPostmortemOutline, type OutlineBlock, type OutlineCell } from '../domain/build-postmortem-outline';
import type { PostmortemDoc } from '../domain/postmortem-types';

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
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c} className={/^Time\b/.test(block.columns[c] ?? '') ? 'pm-doc__time' : undefined}>
                      {cell.href ? <Cell cell={cell} /> : <Lines text={cell.text} />}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      );
  }
}

/**
 * The document as it will be exported, rendered from the same outline as the Markdown and the PDF. User text
 * is only ever text nodes; links are rendered only when they passed the http(s)/mailto check.
 */
export const PostmortemPreview = memo(function PostmortemPreview({ doc }: { doc: PostmortemDoc }) {
  const outline = buildPostmortemOutline(doc, { locale: 'en-US' });
  const titleId = useId();
  useLayoutEffect(() => {
    performance.clearMarks(PREVIEW_COMMIT_MARK);
    performance.mark(PREVIEW_COMMIT_MARK, { detail: doc.updatedAt });
  }, [doc]);
  return (
    <article className="pm-doc" aria-labelledby={titleId}>
      <p className="pm-doc__kicker">Postmortem{doc.incidentId.trim() ? ` · ${doc.incidentId.trim()}` : ''}</p>
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
        <section key={section.id} className="pm-doc__section">
          <h3>{section.title}</h3>
          {section.blocks.map((block, i) => (
            <Block key={i} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
});

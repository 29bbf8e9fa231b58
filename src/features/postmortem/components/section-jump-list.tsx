import type { MouseEvent } from 'react';
import './section-jump-list.css';

interface SectionJumpListProps {
  sections: { id: string; title: string; findings: number }[];
}

/** Moves focus to a part of the editor (its heading) and brings it into view. */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, selector: string): void {
  const heading = document.querySelector<HTMLElement>(selector);
  if (!heading) return;
  event.preventDefault();
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: 'start', behavior: 'auto' });
}

/**
 * The editor's table of contents: the details and each section, a few Tab presses (or one tap) from the top,
 * instead of ~45 Tab presses past every header field to reach Summary. Sections with language findings say so.
 */
export function SectionJumpList({ sections }: SectionJumpListProps) {
  return (
    <nav className="pm-jump no-print" aria-labelledby="pm-jump-title">
      <h2 id="pm-jump-title" className="pm-jump__title">
        Jump to
      </h2>
      <ul className="pm-jump__list">
        <li>
          <a href="#pm-details-title" onClick={(e) => jumpTo(e, '#pm-details-title')}>
            Details
          </a>
        </li>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#pm-section-${section.id}`} onClick={(e) => jumpTo(e, `#pm-section-${CSS.escape(section.id)} .pm-section__title`)}>
              {section.title}
              {section.findings > 0 ? (
                <span className="pm-jump__findings">
                  {' '}
                  ({section.findings} {section.findings === 1 ? 'finding' : 'findings'})
                </span>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

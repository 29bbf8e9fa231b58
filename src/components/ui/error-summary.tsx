export interface ErrorSummaryItem {
  id: string;
  message: string;
}

/** The GOV.UK error summary: shown when several fields are wrong, each message links to its field. */
export function ErrorSummary({ items, title = 'There is a problem' }: { items: ErrorSummaryItem[]; title?: string }) {
  // Results update as the user types, so the summary appears only when several fields are wrong and
  // never steals focus; each link moves focus to its field.
  if (items.length < 2) return null;
  return (
    <div className="error-summary" role="region" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              onClick={(event) => {
                event.preventDefault();
                // The field may sit in a shadow root (the embed's custom element), where `document` cannot see it.
                const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
                const field = root.getElementById(item.id);
                // A field in a folded group (the embed's disclosures) is opened before it takes focus.
                const folded = field?.closest('details');
                if (folded && !folded.open) folded.open = true;
                field?.focus();
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

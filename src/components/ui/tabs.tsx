import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import './tabs.css';

export interface TabItem<T extends string> {
  id: T;
  label: string;
}

export interface TabsProps<T extends string> {
  /** Names the tablist for screen readers. */
  label: string;
  /** Prefix of the tabs' and panels' ids (unique on the page, e.g. from useId). */
  idPrefix: string;
  tabs: readonly TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
  /** The selected tab's panel content; the other panels stay empty and hidden. */
  children: ReactNode;
}

/**
 * An ARIA tablist as the APG describes it: one tab stop (roving tabindex), Left/Right move and select (wrapping),
 * Home/End jump to the ends, each tab controls its labelled panel. Tabs wrap onto more lines on a narrow screen.
 */
export function Tabs<T extends string>({ label, idPrefix, tabs, selected, onSelect, children }: TabsProps<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const tabId = (id: T) => `${idPrefix}-tab-${id}`;
  const panelId = (id: T) => `${idPrefix}-panel-${id}`;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.findIndex((t) => t.id === selected);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (index - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? tabs.length - 1
      : -1;
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };

  return (
    <div className="tabs">
      <div className="tabs__list" role="tablist" aria-label={label}>
        {tabs.map((tab) => {
          const isSelected = tab.id === selected;
          return (
            <button
              key={tab.id}
              ref={(node) => {
                if (node) refs.current.set(tab.id, node);
                else refs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              className="tabs__tab"
              aria-selected={isSelected}
              aria-controls={panelId(tab.id)}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => onSelect(tab.id)}
              onKeyDown={onKeyDown}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        // Every panel exists, so each tab's aria-controls names a real element; only the selected one has content.
        <div
          key={tab.id}
          className="tabs__panel"
          role="tabpanel"
          id={panelId(tab.id)}
          aria-labelledby={tabId(tab.id)}
          hidden={tab.id !== selected}
          // The panel opens with text, not a control: a tab stop lets keyboard users reach it from the tab.
          tabIndex={tab.id === selected ? 0 : undefined}
        >
          {tab.id === selected ? children : null}
        </div>
      ))}
    </div>
  );
}

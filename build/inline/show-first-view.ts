// Inline script after a tool page's #root (build/tool-pages-plugin.ts): for someone who has never used the tool in
// this browser, puts the tool's prerendered first view in place of the loading shell before the first paint.
// Anyone else, or any doubt (unreadable storage or state), keeps the shell: a returning user mid-incident never
// sees an empty form flash before their running incident.

/** The key of the app's saved state (src/lib/storage-keys.ts). */
declare const __STATE_KEY__: string;
/** The saved sections the tool's first view depends on: with none of them saved, the view is the default. */
declare const __SECTIONS__: readonly string[];

try {
  // As typed: anything else (a saved state that is not an object) throws at `in`, and so keeps the shell.
  const saved = JSON.parse(localStorage.getItem(__STATE_KEY__) || '{}') as { state?: object } | null;
  const state = (saved || {}).state || {};
  if (!__SECTIONS__.some((section) => section in state)) {
    const template = document.getElementById('first-view');
    const root = document.getElementById('root');
    if (template instanceof HTMLTemplateElement && root) {
      root.replaceChildren(template.content.cloneNode(true));
      root.setAttribute('data-first-view', '');
    }
  }
} catch {
  // Storage or state unreadable: the shell stays.
}

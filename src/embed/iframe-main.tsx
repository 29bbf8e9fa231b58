// Entry of embed.html, the iframe embed: settings from the URL, a private unpersisted store, and messages to
// the host page (height and result). It imports nothing of the app: no saved state, no other tools.
// Built with Preact's React-compatible layer (vite.embed-page.config.ts), like embed.js.
import { createRoot, hydrateRoot } from 'react-dom/client';
import { buildResizeMessage, readThemeMessage, type EmbedCostMessage } from '../features/calculator/domain/embed-messages';
import { createCalculatorStore } from '../features/calculator/store/calculator-slice';
import { DEFAULT_EMBED_TITLE, parseEmbedParams } from '../features/calculator/url/embed-params';
import { FormMountedContext } from '../components/ui/form-mounted';
import { nextTask, recordPreHydrationInput, replayEarlyInput, replayPreHydrationInput, restoreFocus, startHydrating, takeEarlyClicks } from '../boot/pre-hydration-input';
import { IframePage } from './iframe-page';
import './embed.css';

const config = parseEmbedParams(window.location.search);
// The page's inline script has set a valid light/dark theme already, before the first paint; this one is the rule.
if (config.theme !== 'auto') document.documentElement.dataset.theme = config.theme;
// With theme=auto the host page may say its own theme (it can read ours no more than we can read its): only
// the parent window is heard, and only a theme word is taken from it.
if (config.theme === 'auto') {
  delete document.documentElement.dataset.theme;
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || window.parent === window) return;
    const theme = readThemeMessage(event.data);
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
    else if (theme === 'auto') delete document.documentElement.dataset.theme;
  });
}
document.title = `${config.title || DEFAULT_EMBED_TITLE} — Outage Kit`;

const store = createCalculatorStore(config.inputs);
const framed = window.parent !== window;

/**
 * Posts to the embedding page. The target origin is '*' because the embed cannot know its host's origin and
 * the data (a height, the figures on screen) is not secret; the host must check `event.origin`/`event.source`.
 */
function postToHost(message: unknown): void {
  if (framed) window.parent.postMessage(message, '*');
}

let lastCost = '';
function reportCost(message: EmbedCostMessage): void {
  const key = JSON.stringify(message);
  if (key === lastCost) return;
  lastCost = key;
  postToHost(message);
}

/**
 * The page arrives prerendered for an address without parameters (vite.embed-page.config.ts). It is hydrated
 * only when this page would render exactly that: no parameter but `theme`, nothing to report, and the number
 * locale it was rendered in. Otherwise it is rendered afresh over it (the inline script has hidden the
 * prerendered figures meanwhile, so a reader never sees the defaults' total in place of the page's own).
 */
function canHydrate(container: HTMLElement): boolean {
  const params = new URLSearchParams(window.location.search);
  return (
    container.dataset.prerendered === new Intl.NumberFormat().resolvedOptions().locale &&
    [...params.keys()].every((name) => name === 'theme') &&
    config.notices.length === 0
  );
}

async function start(container: HTMLElement): Promise<void> {
  // As on the start page (src/app/main.tsx): the first Intl formatter loads the locale data, in a task of
  // its own, so that evaluating the script, loading the locale and rendering are three short tasks.
  await nextTask();
  new Intl.Locale(navigator.language || 'en').maximize();
  await nextTask();
  // Its form, once mounted, gets back what was typed into the prerendered page (src/boot/).
  const page = (
    <FormMountedContext value={replayPreHydrationInput}>
      <IframePage config={config} store={store} onCost={reportCost} />
    </FormMountedContext>
  );
  if (canHydrate(container)) {
    startHydrating();
    hydrateRoot(container, page);
  } else createRoot(container).render(page);
  // Rendering is synchronous: the page is live. Clicks and typing made before are made again.
  takeEarlyClicks();
  restoreFocus(container);
  delete document.documentElement.dataset.wait;
  void replayEarlyInput(container);
}

const container = document.getElementById('root');
if (container) {
  if (container.dataset.prerendered) recordPreHydrationInput(container);
  void start(container);

  // The content's own height, not the document's: a document is at least as tall as the frame, so measuring
  // it would let a frame grow but never shrink.
  let lastHeight = -1;
  new ResizeObserver(() => {
    const height = buildResizeMessage(container.getBoundingClientRect().height).height;
    if (height === lastHeight) return;
    lastHeight = height;
    postToHost(buildResizeMessage(height));
  }).observe(container);
}

// Entry of embed.html, the iframe embed: settings from the URL, a private unpersisted store, and messages to
// the host page (height and result). It imports nothing of the app: no saved state, no other tools.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { buildResizeMessage, readThemeMessage, type EmbedCostMessage } from '../features/calculator/domain/embed-messages';
import { createCalculatorStore } from '../features/calculator/store/calculator-slice';
import { CalculatorStoreContext } from '../features/calculator/store/calculator-store-context';
import { DEFAULT_EMBED_TITLE, parseEmbedParams } from '../features/calculator/url/embed-params';
import { EmbedCalculator } from './embed-calculator';
import { EmbedErrorBoundary } from './embed-error-boundary';
import './embed.css';

const config = parseEmbedParams(window.location.search);
if (config.theme !== 'auto') document.documentElement.dataset.theme = config.theme;
// With theme=auto the host page may say its own theme (it can read ours no more than we can read its): only
// the parent window is heard, and only a theme word is taken from it.
if (config.theme === 'auto') {
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

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <EmbedErrorBoundary>
        <CalculatorStoreContext value={store}>
          <EmbedCalculator
            title={config.title}
            sections={config.sections}
            locked={config.locked}
            notices={config.notices}
            appUrl={new URL('./', window.location.href).href}
            onCost={reportCost}
            context="page"
          />
        </CalculatorStoreContext>
      </EmbedErrorBoundary>
    </StrictMode>,
  );

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

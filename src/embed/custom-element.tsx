// Entry of embed.js: defines <downtime-cost-calculator>. Each instance has its own shadow root (our styles in,
// the host's out), its own React root and its own unpersisted store; attributes are untrusted settings.
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { StoreApi } from 'zustand';
import { COST_CHANGE_EVENT, type EmbedCostMessage } from '../features/calculator/domain/embed-messages';
import { createCalculatorStore, type CalculatorSlice } from '../features/calculator/store/calculator-slice';
import { CalculatorStoreContext } from '../features/calculator/store/calculator-store-context';
import {
  EMBED_ATTRIBUTE_NAMES,
  EMBED_ELEMENT_NAME,
  parseEmbedAttributes,
  type EmbedConfig,
} from '../features/calculator/url/embed-params';
import { EmbedCalculator } from './embed-calculator';
import { EmbedErrorBoundary } from './embed-error-boundary';
import embedCss from './embed.css?inline';

let sharedSheet: CSSStyleSheet | null | undefined;

/**
 * One constructed stylesheet shared by every instance. Adopted sheets are not inline styles, so a host CSP
 * without 'unsafe-inline' allows them. Null where the browser cannot construct sheets.
 */
function getStyleSheet(): CSSStyleSheet | null {
  if (sharedSheet === undefined) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(embedCss);
      sharedSheet = sheet;
    } catch {
      sharedSheet = null;
    }
  }
  return sharedSheet;
}

function adoptStyles(shadow: ShadowRoot): void {
  const sheet = getStyleSheet();
  if (sheet && 'adoptedStyleSheets' in shadow) {
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  // Older browsers (Safari before 16.4): a <style> element, which a strict host CSP may block.
  const style = document.createElement('style');
  style.textContent = embedCss;
  shadow.append(style);
}

/**
 * The host page's own theme, where its theme switch says one: MkDocs Material's `data-md-color-scheme` on
 * <body> ("slate" is its dark scheme), Docusaurus's `data-theme` on <html>, a `dark`/`light` class on <html>
 * (Tailwind, VitePress), or `color-scheme` set on <html> by style or by `<meta name="color-scheme">`.
 * Null when the host says nothing (the reader's system setting then applies, through CSS).
 */
export function readHostTheme(doc: Document): 'light' | 'dark' | null {
  const html = doc.documentElement;
  const scheme = doc.body?.getAttribute('data-md-color-scheme');
  if (scheme) return scheme === 'slate' || /dark/i.test(scheme) ? 'dark' : 'light';
  const dataTheme = html.getAttribute('data-theme')?.trim().toLowerCase();
  if (dataTheme === 'dark' || dataTheme === 'light') return dataTheme;
  if (html.classList.contains('dark')) return 'dark';
  if (html.classList.contains('light')) return 'light';
  const styled = html.style.colorScheme.trim().toLowerCase();
  if (styled === 'dark' || styled === 'light') return styled;
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content.trim().toLowerCase();
  if (meta === 'dark' || meta === 'light') return meta;
  return null;
}

/** The attributes a host's theme switch changes; watched on <html> and <body>. */
const HOST_THEME_ATTRIBUTES = ['data-md-color-scheme', 'data-theme', 'class', 'style'];

/** Where the full app lives: next to embed.js. */
const APP_URL = new URL(/* @vite-ignore */ './', import.meta.url).href;

/**
 * `<downtime-cost-calculator minutes="90" revenue-period="year" theme="dark" sections="outage,revenue">`.
 * Changing an attribute updates the result; every result is dispatched as a `costchange` event (bubbling,
 * composed) and kept in the `cost` property for listeners that arrive late.
 */
export class DowntimeCostCalculator extends HTMLElement {
  static get observedAttributes(): readonly string[] {
    return EMBED_ATTRIBUTE_NAMES;
  }

  readonly #mount: HTMLDivElement;
  #store: StoreApi<CalculatorSlice> | null = null;
  #root: Root | null = null;
  #config: EmbedConfig | null = null;
  #inputsKey = '';
  #cost: EmbedCostMessage | null = null;
  #costKey = '';
  #pending = false;
  #hostObserver: MutationObserver | null = null;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    adoptStyles(shadow);
    this.#mount = document.createElement('div');
    shadow.append(this.#mount);
  }

  /** The latest result (the `costchange` detail), or null before the first render. */
  get cost(): EmbedCostMessage | null {
    return this.#cost ? structuredClone(this.#cost) : null;
  }

  connectedCallback(): void {
    this.#root ??= createRoot(this.#mount);
    this.#update();
    this.#observeHostTheme();
  }

  /** theme="auto" follows the host page's theme switch as it flips, not only the system setting. */
  #observeHostTheme(): void {
    if (this.#hostObserver) return;
    this.#hostObserver = new MutationObserver(() => this.#applyTheme());
    this.#hostObserver.observe(document.documentElement, { attributes: true, attributeFilter: HOST_THEME_ATTRIBUTES });
    if (document.body) this.#hostObserver.observe(document.body, { attributes: true, attributeFilter: HOST_THEME_ATTRIBUTES });
  }

  #applyTheme(): void {
    const forced = this.#config?.theme;
    const theme = forced && forced !== 'auto' ? forced : readHostTheme(document);
    if (theme) this.#mount.dataset.okTheme = theme;
    else delete this.#mount.dataset.okTheme;
  }

  disconnectedCallback(): void {
    // Moving the element fires disconnect then connect synchronously; unmount only if it really left.
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#hostObserver?.disconnect();
      this.#hostObserver = null;
      this.#root.unmount();
      this.#root = null;
    });
  }

  attributeChangedCallback(): void {
    // Several attributes often change together (a framework re-render): apply them once.
    if (this.#pending || !this.#root) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (this.#root) this.#update();
    });
  }

  #update(): void {
    const config = parseEmbedAttributes(Array.from(this.attributes, (a) => [a.name, a.value] as const));
    const inputsKey = JSON.stringify(config.inputs);
    // Only a change of values resets the form; a new theme or heading keeps what the reader typed.
    if (!this.#store) this.#store = createCalculatorStore(config.inputs);
    else if (inputsKey !== this.#inputsKey) this.#store.getState().replaceCostInputs(config.inputs);
    this.#inputsKey = inputsKey;
    this.#config = config;
    this.#applyTheme();
    this.#render();
  }

  #render(): void {
    const config = this.#config;
    if (!this.#root || !config || !this.#store) return;
    this.#root.render(
      <StrictMode>
        <EmbedErrorBoundary>
          <CalculatorStoreContext value={this.#store}>
            <EmbedCalculator
              title={config.title}
              sections={config.sections}
              locked={config.locked}
              notices={config.notices}
              appUrl={APP_URL}
              onCost={this.#reportCost}
              context="part"
            />
          </CalculatorStoreContext>
        </EmbedErrorBoundary>
      </StrictMode>,
    );
  }

  readonly #reportCost = (message: EmbedCostMessage): void => {
    const key = JSON.stringify(message);
    if (key === this.#costKey) return;
    this.#costKey = key;
    this.#cost = message;
    this.dispatchEvent(new CustomEvent(COST_CHANGE_EVENT, { bubbles: true, composed: true, detail: structuredClone(message) }));
  };
}

// Defined once, whenever the script runs: a docs site's client-side navigation may run it again (MkDocs
// Material's instant navigation) or add elements long after it ran (Docusaurus); the browser upgrades every
// <downtime-cost-calculator> already in the page at define time and each one added later on connect.
if (!customElements.get(EMBED_ELEMENT_NAME)) customElements.define(EMBED_ELEMENT_NAME, DowntimeCostCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'downtime-cost-calculator': DowntimeCostCalculator;
  }
}

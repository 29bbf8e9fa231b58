// Build-time only (vite.embed-page.config.ts builds it for the server, with the same Preact aliases as the
// page): renders embed.html's calculator with no parameters, so the iframe is readable before any script
// runs. iframe-main.tsx hydrates it when the page's URL and number locale give the same page.
import { renderToString } from 'react-dom/server';
import { createCalculatorStore } from '../features/calculator/store/calculator-slice';
import { parseEmbedParams } from '../features/calculator/url/embed-params';
import { IframePage } from './iframe-page';

/** The iframe page's HTML for an address without parameters, and the number locale it was rendered with. */
export function renderEmbedPage(): { html: string; locale: string } {
  const config = parseEmbedParams('');
  const html = renderToString(<IframePage config={config} store={createCalculatorStore(config.inputs)} onCost={() => {}} />);
  return { html, locale: new Intl.NumberFormat().resolvedOptions().locale };
}

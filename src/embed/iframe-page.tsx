import { StrictMode } from 'react';
import type { StoreApi } from 'zustand';
import type { EmbedCostMessage } from '../features/calculator/domain/embed-messages';
import type { CalculatorSlice } from '../features/calculator/store/calculator-slice';
import { CalculatorStoreContext } from '../features/calculator/store/calculator-store-context';
import type { EmbedConfig } from '../features/calculator/url/embed-params';
import { EmbedCalculator } from './embed-calculator';
import { EmbedErrorBoundary } from './embed-error-boundary';

/**
 * The full app, from the iframe page: relative, so the page prerendered at build time links to the same
 * address as the live page (hydration keeps the prerendered attributes) wherever the build is deployed.
 */
export const IFRAME_APP_URL = './';

export interface IframePageProps {
  config: EmbedConfig;
  store: StoreApi<CalculatorSlice>;
  onCost: (message: EmbedCostMessage) => void;
}

/** What embed.html renders into #root: the same tree at build time (prerender-embed.tsx) and in the browser. */
export function IframePage({ config, store, onCost }: IframePageProps) {
  return (
    <StrictMode>
      <EmbedErrorBoundary>
        <CalculatorStoreContext value={store}>
          <EmbedCalculator
            title={config.title}
            sections={config.sections}
            locked={config.locked}
            notices={config.notices}
            appUrl={IFRAME_APP_URL}
            onCost={onCost}
            context="page"
          />
        </CalculatorStoreContext>
      </EmbedErrorBoundary>
    </StrictMode>
  );
}

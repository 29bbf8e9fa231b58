// The start page's tool: part of the start-up bundle (prerendered and hydrated), so it is imported, not loaded.
import { CalculatorPage } from '../../features/calculator/components/calculator-page';
import { EmbedBuilder } from '../../features/calculator/components/embed-builder';
import { CalculatorStoreContext } from '../../features/calculator/store/calculator-store-context';
import { appStore } from '../store/app-store';

export default function CalculatorRoute() {
  return (
    <CalculatorStoreContext value={appStore}>
      <CalculatorPage embedSlot={<EmbedBuilder />} />
    </CalculatorStoreContext>
  );
}

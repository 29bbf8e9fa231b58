// Calculator components read their store from context, so the app can pass its persisted store and the embed a private one.
import { createStoreContext } from '../../../components/ui/create-store-context';
import type { CalculatorSlice } from './calculator-slice';

const context = createStoreContext<CalculatorSlice>('Calculator');

export const CalculatorStoreContext = context.Context;
/** Selects from the calculator store provided above this component. */
export const useCalculatorStore = context.useSelector;
/** The store itself, for imperative reads in event handlers. */
export const useCalculatorStoreApi = context.useStoreApi;

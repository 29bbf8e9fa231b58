// Incident components read their store from context: the app passes its persisted store.
import { createStoreContext } from '../../../components/ui/create-store-context';
import type { IncidentSlice } from './incident-slice';

const context = createStoreContext<IncidentSlice>('Incident');

export const IncidentStoreContext = context.Context;
/** Selects from the incident store provided above this component. */
export const useIncidentStore = context.useSelector;
/** The store itself, for imperative reads in event handlers. */
export const useIncidentStoreApi = context.useStoreApi;

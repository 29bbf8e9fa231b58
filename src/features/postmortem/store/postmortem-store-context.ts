// Postmortem components read their store from context: the app passes its persisted store.
import { createStoreContext } from '../../../components/ui/create-store-context';
import type { PostmortemSlice } from './postmortem-slice';

const context = createStoreContext<PostmortemSlice>('Postmortem');

export const PostmortemStoreContext = context.Context;
/** Selects from the postmortem store provided above this component. */
export const usePostmortemStore = context.useSelector;
/** The store itself, for imperative reads in event handlers. */
export const usePostmortemStoreApi = context.useStoreApi;

// The tools whose saved data is a section of the app state, in one place: the store, its saved shape and the
// tab merge all go through this list.

export type SectionKey = 'incident' | 'postmortem';
export const SECTION_KEYS: readonly SectionKey[] = ['incident', 'postmortem'];

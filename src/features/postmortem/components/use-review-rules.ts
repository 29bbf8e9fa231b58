// The review deadline per severity, set once per browser (like the tracker: a team's practice, not a document's
// content) and used wherever a review due date is derived: the list, the editor, the .ics and the exports.
import { useSyncExternalStore } from 'react';
import type { Severity } from '../../incident/domain/incident-types';
import { REVIEW_RULES_KEY } from '../../../lib/storage-keys';
import { readPreference, writePreference } from '../../../lib/stored-preference';
import { DEFAULT_REVIEW_RULES, isDefaultReviewRules, parseReviewRules, type ReviewRule } from '../domain/review-due';

export type ReviewRules = Record<Severity, ReviewRule>;

const listeners = new Set<() => void>();
let cachedText: string | null | undefined;
let cached: ReviewRules = DEFAULT_REVIEW_RULES;
// What this visit chose when storage refused the write: it then lasts until the page is closed.
let unsaved: { rules: ReviewRules } | undefined;

/** The rules in effect: the stored ones when they validate, else the defaults (the stored text is untrusted). */
export function readReviewRules(): ReviewRules {
  if (unsaved) return unsaved.rules;
  const text = readPreference(REVIEW_RULES_KEY);
  if (text !== cachedText) {
    cachedText = text;
    cached = parseReviewRules(text) ?? DEFAULT_REVIEW_RULES;
  }
  return cached;
}

function subscribe(callback: () => void): () => void {
  listeners.add(callback);
  // Another tab changing the rules moves this one's due dates too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === REVIEW_RULES_KEY) callback();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(callback);
    window.removeEventListener('storage', onStorage);
  };
}

/** Saves the rules in this browser; the defaults remove the key. A full or disabled storage keeps them for this visit. */
export function saveReviewRules(rules: ReviewRules): void {
  const text = isDefaultReviewRules(rules) ? null : JSON.stringify(rules);
  if (text === null) {
    try {
      window.localStorage.removeItem(REVIEW_RULES_KEY);
    } catch {
      // Storage unavailable: nothing was saved there either.
    }
  } else {
    writePreference(REVIEW_RULES_KEY, text);
  }
  unsaved = readPreference(REVIEW_RULES_KEY) === text ? undefined : { rules };
  listeners.forEach((listener) => listener());
}

/** The review rules in effect, re-rendering when they change here or in another tab. */
export function useReviewRules(): ReviewRules {
  return useSyncExternalStore(subscribe, readReviewRules, () => DEFAULT_REVIEW_RULES);
}

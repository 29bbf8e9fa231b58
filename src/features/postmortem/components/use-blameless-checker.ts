// Loads the blameless checker in its own chunk when the editor opens, so the postmortem route's first load stays small.
import { createContext, useContext, useEffect, useState } from 'react';
import type * as CheckBlameless from '../domain/check-blameless';
import type { Finding } from '../domain/check-blameless';

type CheckerModule = typeof CheckBlameless;

let loaded: CheckerModule | null = null;
let loading: Promise<CheckerModule> | null = null;

/** Starts loading the checker (once) and resolves with it. */
export function loadBlamelessChecker(): Promise<CheckerModule> {
  loading ??= import('../domain/check-blameless').then((m) => (loaded = m));
  return loading;
}

/** The checker module, or null until its chunk has loaded (a few milliseconds after the editor first renders). */
export function useBlamelessChecker(): CheckerModule | null {
  const [checker, setChecker] = useState<CheckerModule | null>(loaded);
  useEffect(() => {
    if (checker) return;
    let live = true;
    void loadBlamelessChecker().then((m) => {
      if (live) setChecker(m);
    });
    return () => {
      live = false;
    };
  }, [checker]);
  return checker;
}

/** The rewrite last applied, while it can still be undone (the field still holds the rewritten text). */
export interface AppliedRewrite {
  fieldId: string;
  before: string;
  after: string;
}

/** What a finding list needs from the editor to apply a rewrite and undo it. */
export interface RewriteActions {
  apply: (fieldId: string, text: string, finding: Finding) => void;
  undo: () => void;
  /** The rewrite that Undo would revert, or null. */
  applied: AppliedRewrite | null;
}

export const RewriteContext = createContext<RewriteActions | null>(null);

/** The editor's rewrite actions (null outside the editor, where lists are read-only). */
export function useRewriteActions(): RewriteActions | null {
  return useContext(RewriteContext);
}

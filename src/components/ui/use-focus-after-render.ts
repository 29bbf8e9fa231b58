// After a change that removes the focused control (deleting an entry, closing a form), focus must land on
// something that exists only once React has rendered the change: so the id is kept and focused after commit.
import { useCallback, useEffect, useRef } from 'react';

/**
 * Returns a stable `focusAfterRender(id)` to call in an event handler: after the next render commits, the
 * element with that id is focused (if it exists). A later call before that render wins.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const id = pending.current;
    if (!id) return;
    pending.current = null;
    document.getElementById(id)?.focus();
  });
  return useCallback((id: string) => {
    pending.current = id;
  }, []);
}

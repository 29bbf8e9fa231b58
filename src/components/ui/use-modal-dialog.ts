// Every modal in the app is a native <dialog>: the browser gives the focus trap, Escape, the backdrop and
// focus return. What React must do is open it with showModal() (not the `open` attribute, which makes a
// non-modal dialog) and close it when the `open` prop turns false.
import { useEffect, useRef, type RefObject } from 'react';

/** A ref for a <dialog> that is shown modally while `open` is true and closed when it turns false. */
export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}

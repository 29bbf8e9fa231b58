import { createContext, useContext, useEffect, type RefObject } from 'react';

/**
 * What the app does with a form once it is mounted: on a prerendered page, src/boot/ puts back what was typed
 * before the app ran. Features call useFormMounted and never know about the boot; without a provider (the
 * custom element, tests) nothing happens.
 */
export const FormMountedContext = createContext<(form: HTMLFormElement | null) => void>(() => {});

/** Calls the app's FormMountedContext once, with the form, when the form is mounted. */
export function useFormMounted(form: RefObject<HTMLFormElement | null>): void {
  const onMounted = useContext(FormMountedContext);
  // Once, on mount: what is put back is what was typed before this form existed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => onMounted(form.current), []);
}

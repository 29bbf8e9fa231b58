import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The rendered width (CSS px) of an element, kept current with a ResizeObserver. Charts draw with a viewBox of
 * exactly this width, so one SVG unit is one CSS pixel and a 12 px label stays 12 px on a 320 px phone instead of
 * being scaled down with the drawing. Before the first measurement (prerender, tests) it is `fallback`.
 */
export function useMeasuredWidth<T extends Element>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const next = Math.round(element.getBoundingClientRect().width);
      // 0 while hidden (a closed tab, display:none): keep the last real width rather than draw nothing.
      if (next > 0) setWidth(next);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

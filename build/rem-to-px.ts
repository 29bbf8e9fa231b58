// A PostCSS plugin for embed.js's CSS: rem becomes px, because inside a shadow root rem still means the host page's
// <html> font size, and a host that sets `html { font-size: 62.5% }` would shrink the whole calculator.

// 1rem is the browser default (16px) everywhere the app is styled; the app's own pages keep rem.
const REM_IN_PX = 16;

/** Written as a plain object (PostCSS 8 API): the value's rem lengths in px, to at most 3 decimals. */
export function remToPx() {
  return {
    postcssPlugin: 'outage-kit:rem-to-px',
    Declaration(declaration: { value: string }) {
      if (!declaration.value.includes('rem')) return;
      declaration.value = declaration.value.replace(/(-?\d*\.?\d+)rem\b/g, (_, n: string) => `${Number((Number(n) * REM_IN_PX).toFixed(3))}px`);
    },
  };
}

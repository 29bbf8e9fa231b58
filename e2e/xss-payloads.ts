// Known XSS payloads, put into every text field, link, URL parameter, import and embed attribute by the
// security tests. Each one that runs calls window.__xssCanary(), which the tests watch for.

/** The canary call every payload tries to make. */
export const CANARY = '__xssCanary()';

export const XSS_PAYLOADS: readonly string[] = [
  `<script>${CANARY}</script>`,
  `<img src=x onerror=${CANARY}>`,
  `<svg onload=${CANARY}>`,
  `<svg><script>${CANARY}</script></svg>`,
  `<iframe src="javascript:${CANARY}"></iframe>`,
  `<body onload=${CANARY}>`,
  `<details open ontoggle=${CANARY}>`,
  `<a href="javascript:${CANARY}">click</a>`,
  `javascript:${CANARY}`,
  `JaVaScRiPt:${CANARY}`,
  ` javascript:${CANARY}`,
  `data:text/html,<script>${CANARY}</script>`,
  `vbscript:msgbox(1)`,
  `"><script>${CANARY}</script>`,
  `'><img src=x onerror=${CANARY}>`,
  `</textarea><script>${CANARY}</script>`,
  `</title><script>${CANARY}</script>`,
  `<style>@import 'javascript:${CANARY}';</style>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${CANARY}>`,
  `<input autofocus onfocus=${CANARY}>`,
  `<object data="javascript:${CANARY}"></object>`,
  `<embed src="javascript:${CANARY}">`,
  `[click me](javascript:${CANARY})`,
  `![img](x" onerror="${CANARY})`,
  `[x](data:text/html;base64,PHNjcmlwdD5fX3hzc0NhbmFyeSgpPC9zY3JpcHQ+)`,
  `<https://example.com" onmouseover="${CANARY}>`,
  `{{constructor.constructor('${CANARY}')()}}`,
  `\${${CANARY}}`,
  `#{${CANARY}}`,
  `<%= ${CANARY} %>`,
  `{{7*7}}`,
  `__proto__`,
  `<xss id=x tabindex=1 onfocusin=${CANARY}></xss>`,
  `<video><source onerror=${CANARY}></video>`,
  `| a | b |\n|---|---|\n| <img src=x onerror=${CANARY}> | c |`,
];

/** Installs the canary before any page script runs; returns nothing. Use with page.addInitScript. */
export function installCanary(): void {
  (window as unknown as { __xssFired: number }).__xssFired = 0;
  (window as unknown as { __xssCanary: () => void }).__xssCanary = () => {
    (window as unknown as { __xssFired: number }).__xssFired += 1;
  };
}

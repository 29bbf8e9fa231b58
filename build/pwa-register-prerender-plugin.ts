// In the prerender build, `virtual:pwa-register` resolves to a stub: the build-time renderer never registers a
// service worker, but the app code it renders imports the module, which only vite-plugin-pwa provides.
import type { Plugin } from 'vite';

const ID = 'virtual:pwa-register';

export function pwaRegisterForPrerender(): Plugin {
  return {
    name: 'outage-kit:pwa-register-prerender',
    resolveId: (source) => (source === ID ? `\0${ID}` : null),
    load: (resolved) => (resolved === `\0${ID}` ? 'export function registerSW() { return async () => {}; }' : null),
  };
}

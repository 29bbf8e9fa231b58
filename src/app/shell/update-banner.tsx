import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { parseRoute, START_ROUTE } from '../router';

type UpdateServiceWorker = (reload?: boolean) => Promise<void>;

/**
 * On a tool page, which does not register the worker itself (sw.js would resolve under the tool's path):
 * offers the update the start page's registration found, now or when it finishes installing. Reloads only
 * when the user asks, once the new version has taken over.
 */
function watchRegistration(onUpdate: (update: UpdateServiceWorker) => void): () => void {
  let stop = () => {};
  let cancelled = false;
  void navigator.serviceWorker.getRegistration().then((registration) => {
    if (cancelled || !registration) return;
    const offer = () => {
      const waiting = registration.waiting;
      // No controller: the first install, not an update.
      if (!waiting || !navigator.serviceWorker.controller) return;
      onUpdate(async () => {
        if (waiting.state !== 'installed') {
          window.location.reload(); // Another tab already switched to the new version.
          return;
        }
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        waiting.postMessage({ type: 'SKIP_WAITING' });
      });
    };
    const onUpdateFound = () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offer();
      });
    };
    offer();
    registration.addEventListener('updatefound', onUpdateFound);
    stop = () => registration.removeEventListener('updatefound', onUpdateFound);
  });
  return () => {
    cancelled = true;
    stop();
  };
}

/**
 * Registers the service worker from the start page (after the page has loaded, off the start-up path) and,
 * on every page, offers "Reload to update" when a new deployment is waiting. It never reloads by itself,
 * not even when another tab switches to the new version: a reload mid-incident is the user's call.
 */
/**
 * A notice floating over the bottom of the page. While it shows, the page gets a bottom inset of its height (and
 * a matching scroll padding), so the end of the page and a focused control can always be scrolled clear of it:
 * it never hides content for good (WCAG 2.4.11), yet arriving after load it does not push the page down.
 */
function FloatingBanners({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const apply = () => root.style.setProperty('--floating-banner-inset', `${Math.ceil(element.getBoundingClientRect().height) + 24}px`);
    apply();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(apply);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--floating-banner-inset');
    };
  }, []);
  return (
    <div ref={ref} className="banners banners--floating" role="region" aria-label={label}>
      {children}
    </div>
  );
}

export function UpdateBanner() {
  const [update, setUpdate] = useState<UpdateServiceWorker | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    // The worker lives at the app root; register it from the start page only (a tool page would resolve sw.js under itself).
    if (parseRoute(window.location.pathname).route !== START_ROUTE) return watchRegistration((next) => setUpdate(() => next));
    let cancelled = false;
    const start = () => {
      void import('virtual:pwa-register').then(({ registerSW }) => {
        if (cancelled) return;
        let asked = false;
        const updateSW = registerSW({
          onNeedRefresh: () =>
            setUpdate(() => (reload?: boolean) => {
              asked = true;
              return updateSW(reload);
            }),
          // Another tab's "Reload to update" switches this page's worker too; reload only if asked here.
          onNeedReload: () => {
            if (asked) window.location.reload();
          },
          onOfflineReady: () => setOfflineReady(true),
        });
      });
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener('load', start);
    };
  }, []);

  if (update) {
    return (
      <FloatingBanners label="Update">
        <div className="banner" role="status">
          <p className="banner__text">A new version of Outage Kit is ready. Your work is saved; reload when it suits you.</p>
          <div className="banner__actions">
            <button type="button" className="button button--small button--primary" onClick={() => void update(true)}>
              Reload to update
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setUpdate(null)}>
              Later
            </button>
          </div>
        </div>
      </FloatingBanners>
    );
  }
  if (offlineReady) {
    return (
      <FloatingBanners label="Offline">
        <div className="banner banner--quiet" role="status">
          <p className="banner__text">Outage Kit now works offline in this browser.</p>
          <div className="banner__actions">
            <button type="button" className="button button--small button--quiet" onClick={() => setOfflineReady(false)}>
              Dismiss
            </button>
          </div>
        </div>
      </FloatingBanners>
    );
  }
  return null;
}

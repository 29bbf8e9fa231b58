import { useEffect, useState } from 'react';

type UpdateServiceWorker = (reload?: boolean) => Promise<void>;

/**
 * Registers the service worker (after the page has loaded, off the start-up path) and, when a new
 * deployment is waiting, offers "Reload to update". It never reloads by itself: a reload mid-incident
 * is the user's call.
 */
export function UpdateBanner() {
  const [update, setUpdate] = useState<UpdateServiceWorker | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);

  useEffect(() => {
    // The worker lives at the app root; register it from the start page only (a tool page would resolve sw.js under itself).
    if (!import.meta.env.PROD || !('serviceWorker' in navigator) || /\/(incident|postmortem)\/?$/.test(window.location.pathname)) return;
    let cancelled = false;
    const start = () => {
      void import('virtual:pwa-register').then(({ registerSW }) => {
        if (cancelled) return;
        const updateSW = registerSW({
          onNeedRefresh: () => setUpdate(() => updateSW),
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
      <div className="banners banners--floating" role="region" aria-label="Update">
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
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="banners banners--floating" role="region" aria-label="Offline">
        <div className="banner banner--quiet" role="status">
          <p className="banner__text">Outage Kit now works offline in this browser.</p>
          <div className="banner__actions">
            <button type="button" className="button button--small button--quiet" onClick={() => setOfflineReady(false)}>
              Dismiss
            </button>
          </div>
        </div>
      </div>
    );
  }
  return null;
}

// Inline loader of a prerendered page (build/start-after-first-paint-plugin.ts): starts the page's scripts once it
// has been painted (its first-contentful-paint entry) instead of by tags the preload scanner fetches at once, so on
// a slow link the HTML and the first paint do not share the bandwidth with 100-150 KB of scripts. Hidden tabs
// (which do not paint), browsers without paint timing, and the iframe embed with parameters (`data-wait`, whose
// prerendered figures are hidden) start them at once; a timer starts them if no paint is reported.
//
// Until the app takes over, the page looks ready: the loader notes which buttons are clicked (the app makes those
// clicks again once live, src/boot/) and holds back native form submission, which would reload the page and
// lose what was typed. Its next task is a MessageChannel message, not a timer: timers wait in a background tab,
// and in tests on a paused fake clock.

/** The entry module and the modules to preload with it, as Vite wrote them into the page. */
declare const __ENTRY__: string;
declare const __PRELOADS__: readonly string[];
/** The embed page: start at once when its head script marked the page `data-wait`. */
declare const START_WHEN_WAITING: boolean;

interface EarlyClick {
  /** The button's accessible label, and its index among the buttons with that label. */
  t: string | null;
  i: number;
}
const page = window as Window & { __outageKitEarlyClicks?: EarlyClick[] };
const clicks: EarlyClick[] = [];
page.__outageKitEarlyClicks = clicks;
let started = false;

const label = (button: Element) => button.getAttribute('aria-label') || button.textContent;
document.addEventListener(
  'click',
  (event) => {
    const button = event.target instanceof Element && event.target.closest('#root button');
    if (!button || page.__outageKitEarlyClicks !== clicks) return;
    const same = [...document.querySelectorAll('#root button')].filter((other) => label(other) === label(button));
    clicks.push({ t: label(button), i: same.indexOf(button) });
  },
  true,
);
document.addEventListener(
  'submit',
  (event) => {
    if (page.__outageKitEarlyClicks === clicks) event.preventDefault();
  },
  true,
);

function start() {
  if (started) return;
  started = true;
  for (const href of __PRELOADS__) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
  }
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = '';
  script.src = __ENTRY__;
  document.head.appendChild(script);
}

const Observer = window.PerformanceObserver;
if (
  (START_WHEN_WAITING && document.documentElement.hasAttribute('data-wait')) ||
  document.visibilityState !== 'visible' ||
  !Observer?.supportedEntryTypes?.includes('paint')
) {
  start();
} else {
  new Observer((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    const channel = new MessageChannel();
    channel.port1.onmessage = start;
    channel.port2.postMessage(0);
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, 1500);
}

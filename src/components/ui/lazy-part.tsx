import { useEffect, useReducer, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code is loaded the first time it is shown (a chunk of its own), for the parts of a tool
 * page that a first view does not need: an editor tab, a dialog, a form with its form library.
 *
 * Unlike React.lazy it does not suspend: until the chunk arrives it renders `fallback` in place (so nothing
 * around it is hidden, and there is no Suspense reveal timer), then the part itself. Once loaded, it renders
 * synchronously everywhere. `preload()` starts the download early, e.g. when the pointer nears a tab.
 * The service worker precaches every chunk, so offline this is a cache read.
 */
export interface LazyPart<P> {
  (props: P): ReactNode;
  preload: () => Promise<unknown>;
}

export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P) => ReactNode = () => null,
): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  let failed = false;
  const start = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        failed = false;
        return component;
      },
      (error: unknown) => {
        // A later render may try again (the network came back, or the page was updated).
        pending = undefined;
        failed = true;
        throw error;
      },
    );
    return pending;
  };

  function Part(props: P): ReactNode {
    const [, rerender] = useReducer((n: number) => n + 1, 0);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      start().then(
        () => live && rerender(),
        () => live && rerender(),
      );
      return () => {
        live = false;
      };
    }, []);
    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    if (failed) {
      return (
        <p className="lazy-part__error" role="alert">
          This part of Outage Kit did not load. Your data is safe;{' '}
          <button type="button" className="link-button" onClick={() => window.location.reload()}>
            reload the page
          </button>{' '}
          to try again.
        </p>
      );
    }
    return fallback(props);
  }
  Part.preload = () => start().catch(() => undefined);
  return Part;
}

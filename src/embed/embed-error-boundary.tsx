import { Component, type ReactNode } from 'react';

/** Keeps a crash inside the embed to a short message in its own box, never a blank hole in the host page. */
export class EmbedErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render() {
    if (this.state.failed) {
      return (
        <div className="ok-embed">
          <p className="notice" role="alert">
            The downtime cost calculator stopped working. Reload the page to try again.
          </p>
        </div>
      );
    }
    return this.props.children;
  }
}

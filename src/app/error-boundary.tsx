import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What broke, in the user's words ("The calculator"). */
  area: string;
  children: ReactNode;
  /** Offered in the recovery view so nothing typed is lost. */
  onExportData?: () => void;
}

/** Keeps a crash inside one tool: the rest of the app keeps working and the user can save their data. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.area} crashed`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="panel recovery" role="alert" aria-labelledby="recovery-title">
        <h2 id="recovery-title">{this.props.area} hit an unexpected problem</h2>
        <p>Your data is still saved in this browser. The other tools keep working.</p>
        <p className="recovery__detail">{this.state.error.message}</p>
        <div className="button-row">
          {this.props.onExportData ? (
            <button type="button" className="button button--primary" onClick={this.props.onExportData}>
              Export your data
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      </section>
    );
  }
}

import { focusTarget, INCIDENT_TARGETS } from './incident-action';
import './quick-actions.css';

interface QuickActionsProps {
  /** Opens the status composer (the same jump as a step's "Write the update" or the `u` key). */
  onWriteUpdate: () => void;
}

/**
 * The two things a responder does most, kept at the bottom of a phone's screen: at 375 px the note field and the
 * status composer sit ~8,000 px below the clock, past the whole checklist. Hidden on wide screens (where both are
 * in the side column) and while a text field has focus (so it never sits above the on-screen keyboard).
 */
export function QuickActions({ onWriteUpdate }: QuickActionsProps) {
  return (
    <nav className="incident-quick no-print" aria-label="Quick actions">
      <button type="button" className="button incident-quick__button" onClick={() => focusTarget(INCIDENT_TARGETS.note)}>
        Add a note
      </button>
      <button type="button" className="button button--primary incident-quick__button" onClick={onWriteUpdate}>
        Write an update
      </button>
    </nav>
  );
}

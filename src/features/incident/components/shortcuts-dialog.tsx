import { useModalDialog } from '../../../components/ui/use-modal-dialog';
import { INCIDENT_SHORTCUTS } from '../domain/shortcuts';

/** The "?" help: every single-key shortcut of the incident page, on a native modal dialog. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="dialog shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={() => open && onClose()}>
      <h2 id="shortcuts-title" className="dialog__title">
        Keyboard shortcuts
      </h2>
      <table className="table shortcuts-table">
        <caption className="visually-hidden">Keys and what they do</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {INCIDENT_SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.key}>
              <td>
                <kbd className="kbd">{shortcut.label}</kbd>
              </td>
              <td>{shortcut.description}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd className="kbd">Enter</kbd>
            </td>
            <td>In the note field: add the note (Shift+Enter starts a new line)</td>
          </tr>
          <tr>
            <td>
              <kbd className="kbd">Esc</kbd>
            </td>
            <td>Close a dialog, or stop editing a timeline entry</td>
          </tr>
        </tbody>
      </table>
      <p className="muted small">Shortcuts work when you are not typing in a field.</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

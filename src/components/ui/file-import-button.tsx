// A button that opens the file chooser for one JSON file, with the input hidden beside it: the visible control is
// a real button (keyboard, focus ring, a label that says what it imports), the input only carries the file.
import { useRef, type ChangeEvent } from 'react';

export interface FileImportButtonProps {
  /** The button's text ("Import JSON"). */
  children: string;
  /** The hidden input's accessible name ("Import a runbook from a JSON file"). */
  inputLabel: string;
  /** Usually `useFileImport(…).onChange`. */
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  className?: string;
}

/** "Import …" for a JSON file: the button opens the chooser; the chosen file goes to `onChange`. */
export function FileImportButton({ children, inputLabel, onChange, className = 'button' }: FileImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={inputLabel}
        onChange={onChange}
      />
    </>
  );
}

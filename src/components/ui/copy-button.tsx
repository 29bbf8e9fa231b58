import { useEffect, useState } from 'react';
import { copyText } from '../../lib/clipboard';

/** A button that copies text and says so for two seconds (announced politely). */
export function CopyButton({
  text,
  label,
  className = 'button',
}: {
  /** The text, or a function giving it; a promise only when the text needs code still loading. */
  text: string | (() => string | Promise<string>);
  label: string;
  className?: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const t = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(t);
  }, [state]);
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={async () => {
          const value = typeof text === 'function' ? text() : text;
          // Text at hand is copied within the click itself: some browsers allow the clipboard only there.
          const copied = typeof value === 'string' ? await copyText(value) : await copyText(await value);
          setState(copied ? 'copied' : 'failed');
        }}
      >
        {state === 'copied' ? 'Copied' : label}
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? 'Copied to the clipboard' : state === 'failed' ? 'Copy failed: select the text and copy it yourself' : ''}
      </span>
    </>
  );
}

// Text that changes every second (elapsed time, countdowns, the cost so far): the ticker writes it straight
// into its element, so a tick costs a string compare and, once a second, one text change, with no React
// render or commit. React renders the element once and owns nothing inside it.
import { useEffect, useLayoutEffect, useRef, type HTMLAttributes } from 'react';
import { readClock, subscribeClock } from './use-clock';

type ClockTextProps = Omit<HTMLAttributes<HTMLElement>, 'children'> & {
  /** The text at a time; called on every tick, so keep it cheap. */
  select: (now: number) => string;
  /** The element to render (default `span`). */
  as?: 'span' | 'output';
};

function write(node: HTMLElement | null, text: string): void {
  if (node && node.textContent !== text) node.textContent = text;
}

export function ClockText({ select, as: Tag = 'span', ...rest }: ClockTextProps) {
  const ref = useRef<HTMLElement>(null);
  const latest = useRef(select);
  // After every render (new props, e.g. the incident changed): the current text, before the browser paints.
  useLayoutEffect(() => {
    latest.current = select;
    write(ref.current, select(readClock()));
  });
  useEffect(() => subscribeClock(() => write(ref.current, latest.current(readClock()))), []);
  return <Tag ref={ref as never} {...rest} />;
}

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDateTimeLocal, parseDateTimeLocal, splitList } from '../domain/form-values';
import { DateTimeInput, ListField, NumberField } from './form-controls';
import { defaultPaperFor } from './export-panel';

afterEach(cleanup);

/** A NumberField wired to state, as the editor wires it to the store. */
function Harness({ onCommit, initial = 77 }: { onCommit: (value: number | null) => void; initial?: number | null }) {
  const [value, setValue] = useState<number | null>(initial);
  return (
    <>
      <NumberField
        id="duration"
        label="Duration"
        value={value}
        describe="Enter the duration in minutes"
        max={1000}
        onChange={(v) => {
          onCommit(v);
          setValue(v);
        }}
      />
      <button type="button" onClick={() => setValue(5)}>
        Change elsewhere
      </button>
    </>
  );
}

describe('NumberField', () => {
  it('commits numbers as they are typed, the way people write them', () => {
    const onCommit = vi.fn();
    render(<Harness onCommit={onCommit} />);
    fireEvent.change(screen.getByLabelText('Duration'), { target: { value: '1,5' } });
    expect(onCommit).toHaveBeenLastCalledWith(1.5);
    fireEvent.change(screen.getByLabelText('Duration'), { target: { value: '' } });
    expect(onCommit).toHaveBeenLastCalledWith(null);
  });

  it('keeps invalid text on screen with a message next to the field, and saves nothing', () => {
    const onCommit = vi.fn();
    render(<Harness onCommit={onCommit} />);
    const input = screen.getByLabelText<HTMLInputElement>('Duration');
    fireEvent.change(input, { target: { value: '45 min' } });
    expect(input.value).toBe('45 min');
    expect(onCommit).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter the duration in minutes, like 1500 or 2.5')).toBeTruthy();
    fireEvent.change(input, { target: { value: '5000' } });
    expect(screen.getByText('Enter the duration in minutes between 0 and 1,000')).toBeTruthy();
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('shows a change made elsewhere (another tab) instead of the stale draft', () => {
    render(<Harness onCommit={vi.fn()} />);
    const input = screen.getByLabelText<HTMLInputElement>('Duration');
    fireEvent.change(input, { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change elsewhere' }));
    expect(input.value).toBe('5');
  });
});

describe('ListField', () => {
  it('saves the names and keeps a trailing comma while the user types the next one', () => {
    const onChange = vi.fn();
    function ListHarness() {
      const [value, setValue] = useState<string[]>([]);
      return (
        <ListField
          id="authors"
          label="Authors"
          value={value}
          onChange={(v) => {
            onChange(v);
            setValue(v);
          }}
        />
      );
    }
    render(<ListHarness />);
    const input = screen.getByLabelText<HTMLInputElement>('Authors');
    fireEvent.change(input, { target: { value: 'Zofia Wiśniewska, ' } });
    expect(onChange).toHaveBeenLastCalledWith(['Zofia Wiśniewska']);
    expect(input.value).toBe('Zofia Wiśniewska, ');
    fireEvent.change(input, { target: { value: 'Zofia Wiśniewska, Андрей' } });
    expect(onChange).toHaveBeenLastCalledWith(['Zofia Wiśniewska', 'Андрей']);
  });

  it('splits on commas and drops empty names', () => {
    expect(splitList(' a, ,b ,, c ')).toEqual(['a', 'b', 'c']);
  });
});

describe('DateTimeInput', () => {
  it('reads and writes wall-clock time in the document’s zone, not the browser’s', () => {
    const onChange = vi.fn();
    const at = Date.UTC(2026, 10, 24, 12, 47);
    render(<DateTimeInput id="t" ariaLabel="Time" value={at} timeZone="Europe/Warsaw" onChange={onChange} />);
    const input = screen.getByLabelText<HTMLInputElement>('Time');
    expect(input.value).toBe('2026-11-24T13:47');
    fireEvent.change(input, { target: { value: '2026-11-24T14:02' } });
    expect(onChange).toHaveBeenLastCalledWith(Date.UTC(2026, 10, 24, 13, 2));
  });

  it('round-trips times across a daylight-saving change; a repeated wall time reads as its first occurrence', () => {
    for (const at of [Date.UTC(2026, 2, 29, 0, 59), Date.UTC(2026, 2, 29, 1, 0), Date.UTC(2026, 9, 25, 0, 30), Date.UTC(2026, 9, 25, 2, 0)]) {
      expect(parseDateTimeLocal(formatDateTimeLocal(at, 'Europe/Berlin'), 'Europe/Berlin')).toBe(at);
    }
    // 02:30 happens twice in Berlin on 2026-10-25 (CEST, then CET): a datetime-local value cannot tell them apart.
    expect(parseDateTimeLocal(formatDateTimeLocal(Date.UTC(2026, 9, 25, 1, 30), 'Europe/Berlin'), 'Europe/Berlin')).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it('rejects incomplete or impossible values', () => {
    expect(parseDateTimeLocal('', 'UTC')).toBeNull();
    expect(parseDateTimeLocal('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(parseDateTimeLocal('2026-02-10T24:00', 'UTC')).toBeNull();
    expect(parseDateTimeLocal('2026-02-10T10:00:30', 'UTC')).toBe(Date.UTC(2026, 1, 10, 10, 0, 30));
  });
});

describe('defaultPaperFor', () => {
  it('picks Letter where it is the norm and A4 elsewhere', () => {
    expect(defaultPaperFor('en-US')).toBe('letter');
    expect(defaultPaperFor('es-MX')).toBe('letter');
    expect(defaultPaperFor('en-GB')).toBe('a4');
    expect(defaultPaperFor('pl')).toBe('a4');
    expect(defaultPaperFor('de-DE')).toBe('a4');
  });
});

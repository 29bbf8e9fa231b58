import { describe, expect, it } from 'vitest';
import { createShareOutSubject, createStatusUpdateFilename, STATUS_UPDATE_FORMATS, TIMELINE_FORMATS } from './share-out-formats';

describe('share-out file names', () => {
  it('start with the number and title, and end with what the file is', () => {
    const subject = createShareOutSubject({ number: 'INC-2025-007', title: 'Checkout: 500s <script>' });
    expect(subject).toBe('inc-2025-007-checkout-500s-script');
    expect(TIMELINE_FORMATS.map((format) => `${subject}${format.suffix}`)).toEqual([
      'inc-2025-007-checkout-500s-script-timeline.md',
      'inc-2025-007-checkout-500s-script-timeline-slack.txt',
      'inc-2025-007-checkout-500s-script-timeline.txt',
      'inc-2025-007-checkout-500s-script-timeline.csv',
      'inc-2025-007-checkout-500s-script-timeline.json',
    ]);
    expect(createStatusUpdateFilename(subject, 'customers', STATUS_UPDATE_FORMATS[0]!)).toBe('inc-2025-007-checkout-500s-script-update-customers.md');
    expect(createShareOutSubject({ title: '???' })).toBe('incident');
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { updateActionItem, updateSectionBody, updateTimelineRow } from '../domain/edit-postmortem';
import { createExamplePostmortem } from '../domain/example-postmortem';
import { PostmortemPreview } from './postmortem-preview';

afterEach(cleanup);

const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);

describe('PostmortemPreview', () => {
  it('shows every edit to prose, timeline rows, links and action items, and the text again when it is changed back', () => {
    const doc = createExamplePostmortem(NOW);
    const { rerender } = render(<PostmortemPreview doc={doc} />);
    const preview = screen.getByRole('article');
    expect(within(preview).getByText(/Config change 4812 \(lower db\.pool\.max/)).toBeTruthy();

    let edited = updateSectionBody(doc, 'summary', 'Checkout failed for 77 minutes.\n\nA second paragraph.');
    edited = updateTimelineRow(edited, 'row-2', { text: 'The pipeline applied the change everywhere.' });
    edited = updateTimelineRow(edited, 'row-3', { link: 'https://grafana.example.com/d/pool' });
    edited = updateActionItem(edited, 'action-1', { owner: 'Ελένη Παπαδοπούλου' });
    rerender(<PostmortemPreview doc={edited} />);

    expect(within(preview).getByText('Checkout failed for 77 minutes.')).toBeTruthy();
    expect(within(preview).getByText('A second paragraph.')).toBeTruthy();
    expect(within(preview).queryByText(/^From 13:47 to 15:04/)).toBeNull();
    expect(within(preview).getByText('The pipeline applied the change everywhere.')).toBeTruthy();
    expect(within(preview).getByRole('link', { name: 'grafana.example.com' }).getAttribute('href')).toBe('https://grafana.example.com/d/pool');
    const actions = within(preview).getByRole('table', { name: 'Action items' });
    expect(within(actions).getAllByRole('row')[1]?.textContent).toContain('Ελένη Παπαδοπούλου');

    rerender(<PostmortemPreview doc={doc} />);
    expect(within(preview).getByText(/^From 13:47 to 15:04/)).toBeTruthy();
    expect(within(preview).queryByText('The pipeline applied the change everywhere.')).toBeNull();
  });
});

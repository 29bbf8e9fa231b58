// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TRACKER_KEY } from '../../../lib/storage-keys';
import { parseStoredTracker, saveTracker, useTracker } from './use-tracker-settings';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  saveTracker(null);
  window.localStorage.clear();
});

function Shown() {
  const tracker = useTracker();
  return <p>{tracker ? `${tracker.kind} ${tracker.baseUrl} ${tracker.project}` : 'not set'}</p>;
}

describe('parseStoredTracker', () => {
  it('reads a saved tracker back, normalised', () => {
    expect(parseStoredTracker('{"kind":"github","baseUrl":"https://github.com/","project":" acme/api "}')).toEqual({
      kind: 'github',
      baseUrl: 'https://github.com',
      project: 'acme/api',
    });
  });

  it('treats a corrupted, unknown or unsafe value as "not set up"', () => {
    expect(parseStoredTracker(null)).toBeNull();
    expect(parseStoredTracker('{"kind":"github"')).toBeNull();
    expect(parseStoredTracker('"github"')).toBeNull();
    expect(parseStoredTracker('{"kind":"bugzilla","baseUrl":"https://x.example","project":"a/b"}')).toBeNull();
    expect(parseStoredTracker('{"kind":"github","baseUrl":"javascript:alert(1)//","project":"a/b"}')).toBeNull();
    expect(parseStoredTracker('{"kind":"jira","baseUrl":"https://acme.atlassian.net","project":42}')).toBeNull();
  });
});

describe('useTracker', () => {
  it('shows a saved tracker and keeps it in its one key', () => {
    render(<Shown />);
    expect(screen.getByText('not set')).toBeTruthy();
    act(() => saveTracker({ kind: 'gitlab', baseUrl: 'https://gitlab.com', project: 'acme/api' }));
    expect(screen.getByText('gitlab https://gitlab.com acme/api')).toBeTruthy();
    expect(JSON.parse(window.localStorage.getItem(TRACKER_KEY) ?? '')).toEqual({ kind: 'gitlab', baseUrl: 'https://gitlab.com', project: 'acme/api' });
    act(() => saveTracker(null));
    expect(screen.getByText('not set')).toBeTruthy();
    expect(window.localStorage.getItem(TRACKER_KEY)).toBeNull();
  });

  it('keeps the choice for this visit when storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    render(<Shown />);
    act(() => saveTracker({ kind: 'github', baseUrl: 'https://github.com', project: 'acme/api' }));
    expect(screen.getByText('github https://github.com acme/api')).toBeTruthy();
  });
});

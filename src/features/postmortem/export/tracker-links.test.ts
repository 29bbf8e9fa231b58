import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../domain/postmortem-types';
import type { FollowUpDoc } from './follow-up-text';
import {
  SHORTENED_NOTE,
  TRACKER_KINDS,
  TrackerConfigError,
  buildTrackerIssueLink,
  validateTrackerConfig,
  type TrackerConfig,
  type TrackerKind,
} from './tracker-links';

const DOC: FollowUpDoc = { id: 'pm-1', title: 'Checkout outage & 50% errors #2', incidentId: 'INC-2026-014', date: '2026-11-27' };

const TRICKY = 'Zażółć gęślą jaźń — Привет — 日本語 — 🔥👩🏽‍💻 — a&b=c #frag %41%zz + plus\nsecond line\r\nthird';

const ITEM: ActionItem = {
  id: 'action-1',
  description: `Add a canary for the payment API\n${TRICKY}`,
  owner: 'Zofia Wiśniewska & Co',
  type: 'detect',
  priority: 'P1',
  due: '2026-12-05',
  link: 'https://tracker.example/OPS-101?x=1&y=2',
  status: 'in-progress',
};

const CONFIGS: Record<TrackerKind, TrackerConfig> = {
  github: { kind: 'github', baseUrl: 'https://github.com/', project: 'acme/api' },
  gitlab: { kind: 'gitlab', baseUrl: 'https://gitlab.com', project: 'acme/platform/api' },
  jira: { kind: 'jira', baseUrl: 'https://acme.atlassian.net', project: '10000', issueType: '10001' },
  linear: { kind: 'linear', baseUrl: 'https://linear.app', project: 'eng', workspace: 'acme' },
};

/** The title and body a tracker reads back from the link, by its documented parameter names. */
function readBack(kind: TrackerKind, url: string): { title: string | null; body: string | null; url: URL } {
  const parsed = new URL(url);
  const q = parsed.searchParams;
  switch (kind) {
    case 'github':
      return { title: q.get('title'), body: q.get('body'), url: parsed };
    case 'gitlab':
      return { title: q.get('issue[title]'), body: q.get('issue[description]'), url: parsed };
    case 'jira':
      return { title: q.get('summary'), body: q.get('description'), url: parsed };
    case 'linear':
      return { title: q.get('title'), body: q.get('description'), url: parsed };
  }
}

describe('buildTrackerIssueLink', () => {
  it.each(TRACKER_KINDS)('opens %s\'s documented new-issue page', (kind) => {
    const { url } = buildTrackerIssueLink(CONFIGS[kind], DOC, ITEM);
    const parsed = new URL(url);
    expect(parsed.protocol).toBe('https:');
    const expected: Record<TrackerKind, string> = {
      github: 'https://github.com/acme/api/issues/new',
      gitlab: 'https://gitlab.com/acme/platform/api/-/issues/new',
      jira: 'https://acme.atlassian.net/secure/CreateIssueDetails!init.jspa',
      linear: 'https://linear.app/acme/team/ENG/new',
    };
    expect(`${parsed.origin}${parsed.pathname}`).toBe(expected[kind]);
    expect(parsed.hash).toBe('');
  });

  it.each(TRACKER_KINDS)('%s: title and body decode back exactly, non-Latin text, emoji, &, #, %% and newlines included', (kind) => {
    const link = buildTrackerIssueLink(CONFIGS[kind], DOC, ITEM);
    const back = readBack(kind, link.url);
    expect(back.title).toBe('Add a canary for the payment API');
    expect(back.body).toBe(link.body);
    expect(link.shortened).toBe(false);
    // Everything a person needs is in the body: the whole description, the facts and the way back to the postmortem.
    expect(back.body).toContain(TRICKY.trim());
    for (const fact of ['Zofia Wiśniewska & Co', 'P1', 'Detect', 'In progress', '2026-12-05', 'https://tracker.example/OPS-101?x=1&y=2']) {
      expect(back.body).toContain(fact);
    }
    expect(back.body).toContain('From the postmortem "Checkout outage & 50% errors #2" (INC-2026-014, 2026-11-27)');
    // Nothing else sneaks into the query: only the documented parameters.
    const keys = [...back.url.searchParams.keys()];
    const documented: Record<TrackerKind, string[]> = {
      github: ['title', 'body'],
      gitlab: ['issue[title]', 'issue[description]'],
      jira: ['pid', 'issuetype', 'summary', 'description'],
      linear: ['title', 'description'],
    };
    expect(keys).toEqual(documented[kind]);
  });

  it('gives Jira its numeric project and issue type ids', () => {
    const q = new URL(buildTrackerIssueLink(CONFIGS.jira, DOC, ITEM).url).searchParams;
    expect(q.get('pid')).toBe('10000');
    expect(q.get('issuetype')).toBe('10001');
    const withoutType = new URL(buildTrackerIssueLink({ ...CONFIGS.jira, issueType: '' }, DOC, ITEM).url).searchParams;
    expect(withoutType.has('issuetype')).toBe(false);
  });

  it('writes Markdown for GitHub, GitLab and Linear, and plain lines for Jira', () => {
    expect(buildTrackerIssueLink(CONFIGS.github, DOC, ITEM).body).toContain('- **Priority:** P1');
    const jira = buildTrackerIssueLink(CONFIGS.jira, DOC, ITEM).body;
    expect(jira).toContain('- Priority: P1');
    expect(jira).not.toContain('**');
  });

  it('points Linear at the workspace when no team is set', () => {
    const url = buildTrackerIssueLink({ kind: 'linear', baseUrl: 'https://linear.app', project: '', workspace: 'Acme' }, DOC, ITEM).url;
    expect(url.startsWith('https://linear.app/acme/new?')).toBe(true);
  });

  it.each(TRACKER_KINDS)('%s: shortens a long description to fit the limit and says so, rather than failing', (kind) => {
    const long: ActionItem = { ...ITEM, description: `Rotate every key\n${'Ключ 🔑 & #% '.repeat(2000)}` };
    const link = buildTrackerIssueLink(CONFIGS[kind], DOC, long);
    expect(link.shortened).toBe(true);
    expect(link.url.length).toBeLessThanOrEqual(kind === 'jira' ? 4000 : 8000);
    const back = readBack(kind, link.url);
    expect(back.title).toBe('Rotate every key');
    expect(back.body).toBe(link.body);
    expect(back.body).toContain(SHORTENED_NOTE);
    expect(back.body).toContain('Zofia Wiśniewska & Co');
    expect(back.body).toContain('From the postmortem');
    // Cut on a character boundary: no replacement characters from a split emoji.
    expect(back.body).not.toContain('\uFFFD');
  });

  it('fits even when the title alone is far too long', () => {
    const link = buildTrackerIssueLink(CONFIGS.jira, { ...DOC, title: '題'.repeat(5000) }, { ...ITEM, description: '🔥'.repeat(5000) }, { maxLength: 1500 });
    expect(link.url.length).toBeLessThanOrEqual(1500);
    expect(link.shortened).toBe(true);
    expect(readBack('jira', link.url).body).toBe(link.body);
  });

  it('turns lone surrogates into U+FFFD instead of throwing', () => {
    const link = buildTrackerIssueLink(CONFIGS.github, DOC, { ...ITEM, description: 'broken \uD800 text' });
    expect(readBack('github', link.url).title).toBe('broken \uFFFD text');
  });

  it('names an untitled postmortem and an item without a description', () => {
    const link = buildTrackerIssueLink(CONFIGS.github, { ...DOC, title: '  ', incidentId: '' }, { ...ITEM, description: '' });
    expect(link.title).toBe('Untitled action item');
    expect(link.body).toContain('From the postmortem "Untitled postmortem" (2026-11-27)');
  });

  it('appends the published postmortem address when given one over https', () => {
    expect(buildTrackerIssueLink(CONFIGS.github, DOC, ITEM, { postmortemUrl: 'https://wiki.example/pm/1' }).body).toContain(
      '(INC-2026-014, 2026-11-27): https://wiki.example/pm/1',
    );
    expect(buildTrackerIssueLink(CONFIGS.github, DOC, ITEM, { postmortemUrl: 'javascript:alert(1)' }).body).not.toContain('javascript:');
  });

  it('keeps a ticket id that is not a web address as text, and drops an unsafe link', () => {
    expect(buildTrackerIssueLink(CONFIGS.github, DOC, { ...ITEM, link: 'OPS-101' }).body).toContain('**Ticket:** OPS-101');
    expect(buildTrackerIssueLink(CONFIGS.github, DOC, { ...ITEM, link: 'javascript:alert(1)' }).body).toContain('**Ticket:** javascript:alert(1)');
  });

  it('refuses a configuration that does not validate', () => {
    expect(() => buildTrackerIssueLink({ kind: 'github', baseUrl: 'http://github.com', project: 'acme/api' }, DOC, ITEM)).toThrow(TrackerConfigError);
  });
});

describe('validateTrackerConfig', () => {
  it('accepts each tracker and normalises it', () => {
    expect(validateTrackerConfig({ kind: 'github', baseUrl: ' https://github.com/ ', project: '/acme/api/' })).toEqual({
      ok: true,
      config: { kind: 'github', baseUrl: 'https://github.com', project: 'acme/api' },
    });
    expect(validateTrackerConfig({ kind: 'gitlab', baseUrl: 'https://git.example.com/gitlab/', project: 'a/b/c' })).toEqual({
      ok: true,
      config: { kind: 'gitlab', baseUrl: 'https://git.example.com/gitlab', project: 'a/b/c' },
    });
    expect(validateTrackerConfig(CONFIGS.jira).ok).toBe(true);
    expect(validateTrackerConfig(CONFIGS.linear)).toEqual({
      ok: true,
      config: { kind: 'linear', baseUrl: 'https://linear.app', project: 'ENG', workspace: 'acme' },
    });
  });

  it.each([
    ['', 'Enter the GitHub address, like https://github.com'],
    ['github.com', 'Enter a full web address, like https://github.com'],
    ['http://github.com', 'Enter an address that starts with https://'],
    ['javascript:alert(1)', 'Enter an address that starts with https://'],
    ['https://me:secret@github.com', 'Remove the user name and password from the address'],
    ['https://github.com/?tab=1', 'Remove the part from ? or # onwards: enter only the address of the site'],
  ])('rejects the base URL %j with a message that says what to do', (baseUrl, message) => {
    expect(validateTrackerConfig({ kind: 'github', baseUrl, project: 'acme/api' })).toEqual({ ok: false, errors: { baseUrl: message } });
  });

  it('gives one message per bad field', () => {
    const check = validateTrackerConfig({ kind: 'jira', baseUrl: 'ftp://x', project: 'OPS', issueType: 'Task' });
    expect(check).toEqual({
      ok: false,
      errors: {
        baseUrl: 'Enter an address that starts with https://',
        project: "Enter the project's numeric id, like 10000, not its key (such as OPS)",
        issueType: "Enter the issue type's numeric id, like 10001, or leave it empty",
      },
    });
  });

  it.each([
    ['github', 'acme', 'Enter the repository as owner/name, like acme/api'],
    ['github', 'acme/api/extra', 'Enter the repository as owner/name, like acme/api'],
    ['github', '-acme/api', 'Enter an owner of letters, digits, "-" or "_", like acme'],
    ['github', 'acme/a?b', 'Enter a repository name of letters, digits, ".", "-" or "_", like api'],
    ['gitlab', 'api', 'Enter the project path as group/project, like acme/platform/api'],
    ['gitlab', 'acme/a b', 'Enter a path of letters, digits, "_", "-" and ".", segments separated by /, like acme/api'],
    ['jira', '', "Enter the project's numeric id, like 10000 (Project settings → Details shows it in the address as pid)"],
    ['linear', 'E N', 'Enter the team key of letters and digits, like ENG, or leave it empty'],
  ] as const)('%s rejects the project %j', (kind, project, message) => {
    const check = validateTrackerConfig({ ...CONFIGS[kind], project });
    expect(check).toEqual({ ok: false, errors: { project: message } });
  });

  it('asks Linear for its workspace', () => {
    expect(validateTrackerConfig({ kind: 'linear', baseUrl: 'https://linear.app', project: 'ENG' })).toEqual({
      ok: false,
      errors: { workspace: 'Enter the workspace key from your Linear address, like acme in linear.app/acme' },
    });
  });
});

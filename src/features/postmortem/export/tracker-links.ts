// "Create issue" links for the trackers teams already use: a prefilled new-issue page the user submits themselves.
// Nothing is sent by the app (no network access, strict CSP): the link only opens the tracker's own form.
import type { ActionItem } from '../domain/postmortem-types';
import {
  describeActionItemFacts,
  describeActionItemTitle,
  describePostmortemReference,
  toWellFormedText,
  truncateCodePoints,
  type FollowUpDoc,
} from './follow-up-text';

export type TrackerKind = 'github' | 'gitlab' | 'jira' | 'linear';

/** Trackers in display order. */
export const TRACKER_KINDS: readonly TrackerKind[] = ['github', 'gitlab', 'jira', 'linear'];

export const TRACKER_LABELS: Record<TrackerKind, string> = {
  github: 'GitHub',
  gitlab: 'GitLab',
  jira: 'Jira Cloud',
  linear: 'Linear',
};

/**
 * A tracker, set up once. What `project` holds depends on the tracker: GitHub "owner/repo", GitLab the project's
 * path "group/subgroup/project", Jira the project's numeric id (`pid`), Linear the team key ("ENG", optional).
 * `issueType` is Jira's numeric issue type id (optional); `workspace` is Linear's workspace URL key (required).
 */
export interface TrackerConfig {
  kind: TrackerKind;
  baseUrl: string;
  project: string;
  issueType?: string;
  workspace?: string;
}

export type TrackerConfigField = 'baseUrl' | 'project' | 'issueType' | 'workspace';

/** Where each tracker usually lives, for the settings form's placeholder and default. */
export const TRACKER_DEFAULT_BASE_URLS: Record<TrackerKind, string> = {
  github: 'https://github.com',
  gitlab: 'https://gitlab.com',
  jira: 'https://your-site.atlassian.net',
  linear: 'https://linear.app',
};

/**
 * Longest link we make, in characters. RFC 9110 §4.1 recommends that senders and recipients support URIs of at
 * least 8,000 octets, and GitHub documents a 414 "URI Too Long" page past its server limit, so 8,000 is the safe
 * ceiling. Jira gets 4,000: GitLab's own Jira integration caps its prefilled Jira links there
 * (gitlab-org/gitlab#276896), and Atlassian documents no figure.
 */
export const TRACKER_URL_LIMITS: Record<TrackerKind, number> = { github: 8000, gitlab: 8000, jira: 4000, linear: 8000 };

/** The note that ends a body we had to cut to fit the link. */
export const SHORTENED_NOTE = '(shortened: the full text is in the postmortem)';

export type TrackerConfigCheck =
  | { ok: true; config: TrackerConfig }
  | { ok: false; errors: Partial<Record<TrackerConfigField, string>> };

/** A configuration problem, with the field it is about (the settings form shows the message next to it). */
export class TrackerConfigError extends Error {
  readonly code = 'tracker-config-invalid';
  constructor(readonly errors: Partial<Record<TrackerConfigField, string>>) {
    super(Object.values(errors).join(' '));
    this.name = 'TrackerConfigError';
  }
}

// Underscores too: GitHub Enterprise managed users are named like octocat_acme.
const GITHUB_OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})$/;
const GITHUB_REPO = /^[A-Za-z0-9._-]{1,100}$/;
const GITLAB_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}$/;
const NUMERIC_ID = /^\d{1,18}$/;
const LINEAR_WORKSPACE = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;
const LINEAR_TEAM_KEY = /^[A-Za-z0-9_]{1,20}$/;

function checkBaseUrl(raw: string, kind: TrackerKind): { url?: string; error?: string } {
  const example = TRACKER_DEFAULT_BASE_URLS[kind];
  const text = raw.trim();
  if (text === '') return { error: `Enter the ${TRACKER_LABELS[kind]} address, like ${example}` };
  if (text.length > 500) return { error: 'Enter a shorter address (at most 500 characters)' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: `Enter a full web address, like ${example}` };
  }
  if (url.protocol !== 'https:') return { error: 'Enter an address that starts with https://' };
  if (url.username !== '' || url.password !== '') return { error: 'Remove the user name and password from the address' };
  if (url.search !== '' || url.hash !== '' || text.includes('?') || text.includes('#')) {
    return { error: 'Remove the part from ? or # onwards: enter only the address of the site' };
  }
  return { url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

function checkProject(config: TrackerConfig): { project?: string; error?: string } {
  const project = config.project.trim().replace(/^\/+|\/+$/g, '');
  switch (config.kind) {
    case 'github': {
      const [owner, repo, ...rest] = project.split('/');
      if (project === '') return { error: 'Enter the repository as owner/name, like acme/api' };
      if (rest.length > 0 || owner === undefined || repo === undefined) return { error: 'Enter the repository as owner/name, like acme/api' };
      if (!GITHUB_OWNER.test(owner)) return { error: 'Enter an owner of letters, digits, "-" or "_", like acme' };
      if (!GITHUB_REPO.test(repo) || repo === '.' || repo === '..') return { error: 'Enter a repository name of letters, digits, ".", "-" or "_", like api' };
      return { project: `${owner}/${repo}` };
    }
    case 'gitlab': {
      const segments = project.split('/');
      if (project === '' || segments.length < 2) return { error: 'Enter the project path as group/project, like acme/platform/api' };
      if (!segments.every((s) => GITLAB_SEGMENT.test(s) && !s.endsWith('.git'))) {
        return { error: 'Enter a path of letters, digits, "_", "-" and ".", segments separated by /, like acme/api' };
      }
      return { project };
    }
    case 'jira':
      if (project === '') return { error: "Enter the project's numeric id, like 10000 (Project settings → Details shows it in the address as pid)" };
      if (!NUMERIC_ID.test(project)) return { error: "Enter the project's numeric id, like 10000, not its key (such as OPS)" };
      return { project };
    case 'linear':
      if (project === '') return { project: '' };
      if (!LINEAR_TEAM_KEY.test(project)) return { error: 'Enter the team key of letters and digits, like ENG, or leave it empty' };
      return { project: project.toUpperCase() };
  }
}

/**
 * Checks a tracker configuration and returns it normalised (trimmed, no trailing slash), or one message per bad
 * field, each saying what to enter. Only https addresses are accepted.
 */
export function validateTrackerConfig(config: TrackerConfig): TrackerConfigCheck {
  const errors: Partial<Record<TrackerConfigField, string>> = {};
  if (!TRACKER_KINDS.includes(config.kind)) return { ok: false, errors: { baseUrl: 'Choose GitHub, GitLab, Jira Cloud or Linear' } };
  const base = checkBaseUrl(config.baseUrl, config.kind);
  if (base.error) errors.baseUrl = base.error;
  const project = checkProject(config);
  if (project.error) errors.project = project.error;
  const normalised: TrackerConfig = { kind: config.kind, baseUrl: base.url ?? '', project: project.project ?? '' };
  if (config.kind === 'jira') {
    const issueType = (config.issueType ?? '').trim();
    if (issueType !== '' && !NUMERIC_ID.test(issueType)) errors.issueType = 'Enter the issue type\'s numeric id, like 10001, or leave it empty';
    else if (issueType !== '') normalised.issueType = issueType;
  }
  if (config.kind === 'linear') {
    const workspace = (config.workspace ?? '').trim().replace(/^\/+|\/+$/g, '');
    if (workspace === '') errors.workspace = 'Enter the workspace key from your Linear address, like acme in linear.app/acme';
    else if (!LINEAR_WORKSPACE.test(workspace)) errors.workspace = 'Enter the workspace key of letters, digits and hyphens, like acme';
    else normalised.workspace = workspace.toLowerCase();
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, config: normalised };
}

export interface TrackerLinkOptions {
  /** Longest URL to make; defaults to the tracker's entry in `TRACKER_URL_LIMITS`. */
  maxLength?: number;
  /** Where the team publishes the postmortem, if anywhere (https only), appended to the link-back line. */
  postmortemUrl?: string;
}

export interface TrackerLink {
  url: string;
  /** The title and body the URL carries, as the tracker will show them. */
  title: string;
  body: string;
  /** True when the body or title was cut to fit `maxLength`. */
  shortened: boolean;
}

interface IssueText {
  title: string;
  description: string;
  facts: string[];
  reference: string;
}

/** Markdown for GitHub, GitLab and Linear; Jira's create form takes wiki markup, where plain lines read best. */
function renderBody(text: IssueText, kind: TrackerKind, note: boolean): string {
  const markdown = kind !== 'jira';
  const facts = text.facts.map((fact) => {
    const [name, ...value] = fact.split(': ');
    return markdown ? `- **${name}:** ${value.join(': ')}` : `- ${fact}`;
  });
  // The reference line stays unformatted: a postmortem title with * or _ would break Markdown emphasis around it.
  const parts = [text.description, ...(note ? [SHORTENED_NOTE] : []), facts.join('\n'), text.reference];
  return parts.filter((part) => part !== '').join('\n\n');
}

function encodeQuery(params: [string, string][]): string {
  // encodeURIComponent everywhere (space as %20, not "+"): every tracker's decoder reads it the same way.
  return params.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
}

/**
 * The tracker's new-issue address with the parameters it documents. Labels, assignees and priority fields are left
 * out on purpose: GitHub answers 404 when the user may not set a label, Jira wants internal ids for priority, and an
 * owner's name is not a tracker user name. They go into the body instead.
 */
function buildUrl(config: TrackerConfig, title: string, body: string): string {
  const base = config.baseUrl;
  switch (config.kind) {
    // https://docs.github.com/en/issues/tracking-your-work-with-issues/using-issues/creating-an-issue#creating-an-issue-from-a-url-query
    // (title, body, labels, assignees, milestone, template, projects, type as query parameters on /issues/new).
    case 'github':
      return `${base}/${config.project}/issues/new?${encodeQuery([['title', title], ['body', body]])}`;
    // https://docs.gitlab.com/user/project/issues/create_issues/#using-a-url-with-prefilled-values
    // (issue[title], issue[description], issuable_template, issue[confidential] on /-/issues/new; "must be URL-encoded").
    case 'gitlab':
      return `${base}/${config.project}/-/issues/new?${encodeQuery([['issue[title]', title], ['issue[description]', body]])}`;
    // Atlassian, "Creating issues via direct HTML links": [Jira base URL]/secure/CreateIssueDetails!init.jspa with
    // pid (numeric project id), issuetype (numeric id), summary, description. Still served by Jira Cloud.
    case 'jira': {
      const params: [string, string][] = [['pid', config.project]];
      if (config.issueType) params.push(['issuetype', config.issueType]);
      params.push(['summary', title], ['description', body]);
      return `${base}/secure/CreateIssueDetails!init.jspa?${encodeQuery(params)}`;
    }
    // https://linear.app/docs/creating-issues ("Create issues via URL": linear.app/<workspace>/team/<KEY>/new with
    // title, description, status, priority, assignee, labels … as query parameters; linear.new is the short form).
    case 'linear': {
      const path = config.project === '' ? `${config.workspace}/new` : `${config.workspace}/team/${config.project}/new`;
      return `${base}/${path}?${encodeQuery([['title', title], ['description', body]])}`;
    }
  }
}

/** The largest n in [lo, hi] with fits(n), given fits(lo); binary search, so a 100 KB description costs ~17 tries. */
function findLargest(lo: number, hi: number, fits: (n: number) => boolean): number {
  let best = lo;
  let low = lo;
  let high = hi;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) {
      best = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return best;
}

/**
 * A "Create issue" link for one action item: title = the item's first line, body = its full description, owner,
 * priority, type, status, due date, ticket link and the postmortem it comes from. Too long for `maxLength`, the
 * description is cut (then the title) and the body says "(shortened …)": a link that opens beats one that fails.
 * Throws `TrackerConfigError` for a configuration `validateTrackerConfig` rejects.
 */
export function buildTrackerIssueLink(config: TrackerConfig, doc: FollowUpDoc, item: ActionItem, options: TrackerLinkOptions = {}): TrackerLink {
  const check = validateTrackerConfig(config);
  if (!check.ok) throw new TrackerConfigError(check.errors);
  const valid = check.config;
  const maxLength = options.maxLength ?? TRACKER_URL_LIMITS[valid.kind];
  const postmortemUrl = options.postmortemUrl !== undefined && /^https:\/\/\S+$/.test(options.postmortemUrl) ? options.postmortemUrl : undefined;
  const text: IssueText = {
    title: describeActionItemTitle(item),
    description: toWellFormedText(item.description).trim(),
    // Caps keep the fixed part of the body small enough that cutting the description always makes room.
    facts: describeActionItemFacts(item).map((fact) => truncateCodePoints(fact, 300)),
    reference: truncateCodePoints(describePostmortemReference(doc, postmortemUrl), 400),
  };
  const make = (title: string, description: string, note: boolean): TrackerLink => {
    const body = renderBody({ ...text, description }, valid.kind, note);
    return { url: buildUrl(valid, title, body), title, body, shortened: note };
  };
  const full = make(text.title, text.description, false);
  if (full.url.length <= maxLength) return full;

  const description = Array.from(text.description);
  const cut = (n: number): string => description.slice(0, n).join('').trimEnd();
  const n = findLargest(0, description.length, (k) => make(text.title, cut(k), true).url.length <= maxLength);
  const shorter = make(text.title, cut(n), true);
  if (shorter.url.length <= maxLength) return shorter;

  // Even an empty description does not fit: shorten the title too (never below 20 characters), then the body.
  const title = Array.from(text.title);
  const t = findLargest(20, title.length, (k) => make(truncateCodePoints(text.title, k), '', true).url.length <= maxLength);
  const titled = make(truncateCodePoints(text.title, t), '', true);
  if (titled.url.length <= maxLength) return titled;
  const body = Array.from(titled.body);
  const b = findLargest(0, body.length, (k) => buildUrl(valid, titled.title, `${body.slice(0, k).join('')}\n\n${SHORTENED_NOTE}`).length <= maxLength);
  const lastBody = `${body.slice(0, b).join('')}\n\n${SHORTENED_NOTE}`;
  return { url: buildUrl(valid, titled.title, lastBody), title: titled.title, body: lastBody, shortened: true };
}

// The embed's settings: the share link's parameters plus how the embed looks (theme, sections, lock, title).
// The iframe reads them from its URL, the custom element from its attributes; both are untrusted text.
import { COST_SECTIONS, type CostSection } from '../domain/cost-form';
import { DEFAULT_COST_INPUTS, type CostInputs } from '../domain/cost-inputs';
import { describeRepeat, parseShareParams, SHARE_PARAM_NAMES, type ParamNotice } from './share-params';

/** light and dark force a theme; auto follows the reader's system setting. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** Every theme value, in the order the builder offers them. */
export const EMBED_THEMES: readonly EmbedTheme[] = ['auto', 'light', 'dark'];

/** The heading an embed shows (and names its landmark with) unless given another. */
export const DEFAULT_EMBED_TITLE = 'Downtime cost calculator';

/** A title longer than this is cut: it is a heading, not a paragraph. */
export const MAX_EMBED_TITLE_LENGTH = 120;

/** Input groups an embed shows by default: all but the year view, whose results an embed does not show. */
export const DEFAULT_EMBED_SECTIONS: readonly CostSection[] = COST_SECTIONS.map((s) => s.id).filter((id) => id !== 'annual');

/** Every input group an embed can show. */
export const EMBED_SECTION_IDS: readonly CostSection[] = COST_SECTIONS.map((s) => s.id);

/** The custom element's tag name. */
export const EMBED_ELEMENT_NAME = 'downtime-cost-calculator';

/** The embed's own query parameters, beside the share link's. */
export const EMBED_OPTION_NAMES = ['theme', 'sections', 'lock', 'title'] as const;

/** What an embed shows and how, with every problem found in its settings. */
export interface EmbedConfig {
  inputs: CostInputs;
  theme: EmbedTheme;
  /** Input groups to show, in the calculator's order. Empty: the result only. */
  sections: CostSection[];
  /** Inputs shown read-only. */
  locked: Set<keyof CostInputs>;
  /** The visible heading; '' hides it (the landmark keeps the default name). */
  title: string;
  /** One per ignored setting; `name` and `value` are untrusted text, to be rendered as text only. */
  notices: ParamNotice[];
}

const SHARE_PARAMS: ReadonlySet<string> = new Set(SHARE_PARAM_NAMES);
const SECTION_IDS: ReadonlySet<string> = new Set(EMBED_SECTION_IDS);
const OPTION_NAMES: ReadonlySet<string> = new Set(EMBED_OPTION_NAMES);
// Letters of another script or emoji are fine in a title; control characters (and bidi overrides) are not.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_NOTICE_VALUE = 60;

/** `slaPriorMinutes` → `sla-prior-minutes`: the attribute form of a parameter name. */
export function toAttributeName(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

const ATTRIBUTE_TO_PARAM: ReadonlyMap<string, keyof CostInputs> = new Map(
  SHARE_PARAM_NAMES.flatMap((name) => [
    [toAttributeName(name), name],
    // HTML lower-cases attribute names, so `revenuePeriod` written in markup arrives as `revenueperiod`.
    [name.toLowerCase(), name],
  ]),
);

/**
 * The attributes `<downtime-cost-calculator>` reacts to: each share parameter in kebab-case (and its
 * lower-cased camelCase spelling), plus theme, sections, lock and heading. `title` is left to HTML, where it
 * is the tooltip of the whole element.
 */
export const EMBED_ATTRIBUTE_NAMES: readonly string[] = [...ATTRIBUTE_TO_PARAM.keys(), 'theme', 'sections', 'lock', 'heading'];

function shorten(text: string): string {
  const characters = Array.from(text);
  return characters.length <= MAX_NOTICE_VALUE ? text : `${characters.slice(0, MAX_NOTICE_VALUE - 1).join('')}…`;
}

/** Maps a lock entry (camelCase, kebab-case or lower-cased) to its input, or undefined. */
function toInputName(entry: string): keyof CostInputs | undefined {
  if (SHARE_PARAMS.has(entry)) return entry as keyof CostInputs;
  return ATTRIBUTE_TO_PARAM.get(entry.toLowerCase());
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Options as found, before checking; `displayName` maps a parameter to what the author wrote (for notices). */
interface RawEmbedSettings {
  share: URLSearchParams;
  theme?: string;
  sections?: string;
  lock?: string;
  title?: string;
  displayName: (param: string) => string;
  /** Options given more than once (the last was used), for a notice. */
  repeated?: readonly { name: string; values: readonly string[] }[];
}

function resolveEmbedSettings(raw: RawEmbedSettings): EmbedConfig {
  const parsed = parseShareParams(raw.share, DEFAULT_COST_INPUTS);
  const notices: ParamNotice[] = [
    ...parsed.notices.map((n) => (n.name === '' ? n : { ...n, name: raw.displayName(n.name) })),
  ];
  const notice = (name: string, value: string, reason: string) => notices.push({ name, value: shorten(value), reason });
  for (const { name, values } of raw.repeated ?? []) {
    notice(name, values.join(', '), describeRepeat(values.length, values.length));
  }

  let theme: EmbedTheme = 'auto';
  if (raw.theme !== undefined) {
    const value = raw.theme.trim().toLowerCase();
    if (value === 'light' || value === 'dark' || value === 'auto') theme = value;
    else notice('theme', raw.theme, 'Use light, dark or auto');
  }

  let sections: CostSection[] = [...DEFAULT_EMBED_SECTIONS];
  if (raw.sections !== undefined) {
    const wanted = splitList(raw.sections.toLowerCase());
    const unknown = wanted.filter((id) => !SECTION_IDS.has(id));
    for (const id of unknown) notice('sections', id, `Use any of ${EMBED_SECTION_IDS.join(', ')}`);
    const valid = new Set(wanted.filter((id) => SECTION_IDS.has(id)));
    // An empty list asks for the result alone; a list of nothing but typos should not hide the whole form.
    if (wanted.length === 0 || valid.size > 0) sections = EMBED_SECTION_IDS.filter((id) => valid.has(id));
  }

  const locked = new Set<keyof CostInputs>();
  if (raw.lock !== undefined) {
    for (const entry of splitList(raw.lock)) {
      const name = toInputName(entry);
      if (name) locked.add(name);
      else notice('lock', entry, 'Not a calculator parameter');
    }
  }

  let title = DEFAULT_EMBED_TITLE;
  if (raw.title !== undefined) {
    const cleaned = raw.title.replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim();
    const characters = Array.from(cleaned);
    title = characters.length > MAX_EMBED_TITLE_LENGTH ? characters.slice(0, MAX_EMBED_TITLE_LENGTH).join('') : cleaned;
  }

  return { inputs: parsed.inputs, theme, sections, locked, title, notices };
}

function last(params: URLSearchParams, name: string): string | undefined {
  const all = params.getAll(name);
  return all.length > 0 ? all[all.length - 1] : undefined;
}

/**
 * Reads the iframe page's query: the share link's parameters (same names, same checks) plus `theme`,
 * `sections`, `lock` and `title`. Unknown or invalid parameters are ignored with a notice. Never throws.
 */
export function parseEmbedParams(search: string | URLSearchParams): EmbedConfig {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search.split('#', 1)[0]?.replace(/^[^?]*\?/, '') ?? '') : search;
  } catch {
    params = new URLSearchParams();
  }
  const share = new URLSearchParams();
  for (const [name, value] of params) if (!OPTION_NAMES.has(name)) share.append(name, value);
  const repeated = ['theme', 'sections', 'lock', 'title']
    .map((name) => ({ name, values: params.getAll(name) }))
    .filter(({ values }) => values.length > 1);
  return resolveEmbedSettings({
    repeated,
    share,
    theme: last(params, 'theme'),
    sections: last(params, 'sections'),
    lock: last(params, 'lock'),
    title: last(params, 'title'),
    displayName: (name) => name,
  });
}

/**
 * Reads the custom element's attributes (name → value): the kebab-case parameters plus theme, sections, lock
 * and heading. Attributes it does not know (class, id, aria-*, …) belong to the host page and are left alone.
 * Never throws.
 */
export function parseEmbedAttributes(attributes: Iterable<readonly [string, string]>): EmbedConfig {
  const share = new URLSearchParams();
  const written = new Map<string, string>();
  const repeatedByParam = new Map<string, { names: string[]; values: string[] }>();
  const options: Partial<Record<'theme' | 'sections' | 'lock' | 'heading', string>> = {};
  for (const [rawName, value] of attributes) {
    const name = rawName.toLowerCase();
    if (name === 'theme' || name === 'sections' || name === 'lock' || name === 'heading') {
      options[name] = value;
      continue;
    }
    const param = ATTRIBUTE_TO_PARAM.get(name);
    if (!param) continue;
    // Two spellings of one parameter (sla-target and slatarget): the later attribute wins, with a notice.
    const earlier = written.get(param);
    if (earlier !== undefined) {
      const entry = repeatedByParam.get(param) ?? { names: [earlier], values: [share.get(param) ?? ''] };
      entry.names.push(name);
      entry.values.push(value);
      repeatedByParam.set(param, entry);
    }
    share.set(param, value);
    written.set(param, name);
  }
  const repeated = [...repeatedByParam.values()].map(({ names, values }) => ({ name: names.join(' and '), values }));
  return resolveEmbedSettings({
    repeated,
    share,
    theme: options.theme,
    sections: options.sections,
    lock: options.lock,
    title: options.heading,
    displayName: (param) => written.get(param) ?? toAttributeName(param),
  });
}

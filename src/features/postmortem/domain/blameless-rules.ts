// The blame and hindsight the checker flags: each rule's explanation, and the patterns with the grammar checks behind them.
import { DEFECT_CUES, DESTRUCTIVE_CUES, HARM_CUES, HARM_EXEMPTIONS, HARM_VERBS_DESTRUCTIVE, HARM_VERBS_STRONG, HARM_VERBS_WEAK, HUMAN_PASSIVES, HUMAN_VERBS, PREVENTIVE_VERBS, REMEDIAL_OBJECT, ROLE_NOUNS, SHIPPING_VERBS, SYSTEM_NOUNS, TEAM_NOUNS } from './blameless-lexicon';
import { isHuman, type Sentence, type Subject } from './blameless-sentence';
import type { Span } from './blameless-text';

export type BlamelessRuleId =
  | 'root-cause-person'
  | 'accountability'
  | 'counterfactual'
  | 'passive-agent'
  | 'person-as-cause'
  | 'failed-to'
  | 'forgot'
  | 'human-error'
  | 'negligence'
  | 'careless'
  | 'mistake'
  | 'blame'
  | 'motive'
  | 'sarcasm'
  | 'hindsight';

export interface BlamelessRule {
  id: BlamelessRuleId;
  /** Short name for lists and the docs: 'Human error'. */
  label: string;
  /** One sentence shown with the flagged words. */
  message: string;
  /** Why it matters, one or two sentences. */
  why: string;
  /** Phrases it flags, for the docs and the tests. */
  examples: readonly string[];
}

/**
 * The rules, most specific first: when two rules flag overlapping words, the earlier one is kept, so one phrase
 * gets one finding.
 */
export const BLAMELESS_RULES: readonly BlamelessRule[] = [
  {
    id: 'root-cause-person',
    label: 'A person as the root cause',
    message: 'A person is never a root cause.',
    why: 'Anyone in the same seat, with the same tools and information, could have done the same. The root cause is the condition that allowed it.',
    examples: ['The root cause was Alice running the script.', 'Root cause: @dave.', 'The root cause of this incident was the on-call engineer.'],
  },
  {
    id: 'accountability',
    label: 'Punishment or accountability',
    message: 'Punishment and verdicts about a person belong to a different process, not to a postmortem.',
    why: 'When a review can end in discipline, people stop telling the whole story, and the next review learns less. Action items change systems, not people.',
    examples: ['Bob should be held accountable.', 'The engineer has been let go.', 'Sam to complete remedial training.'],
  },
  {
    id: 'counterfactual',
    label: 'Should have / could have',
    message: 'A counterfactual judges what someone did with knowledge they did not have then.',
    why: 'Counterfactuals compare people with a world that did not happen. They explain nothing about why the action made sense at the time, which is what the review needs to learn.',
    examples: ['Alice should have checked the dashboard.', 'Had the on-call read the alert, …', 'Any competent engineer would have caught this.', 'This should have been caught in review.'],
  },
  {
    id: 'passive-agent',
    label: 'A person as the agent of a bad outcome',
    message: 'The passive still names a person as the one who caused the harm.',
    why: 'Moving the person to "by …" keeps the blame. Make the change, the tool or the condition the subject instead.',
    examples: ['The outage was caused by Bob.', 'The alert was ignored by the on-call engineer.'],
  },
  {
    id: 'person-as-cause',
    label: 'A person doing something wrong',
    message: 'This names a person, role or team for what went wrong.',
    why: 'People appear in a postmortem as actors who made reasonable choices with what they saw. Describe the action neutrally and ask what made it look right at the time.',
    examples: ['Bob pushed the change without testing it.', '@priya never checked the migration.', '@dave sat on the page.', 'The database team ignored the request.'],
  },
  {
    id: 'failed-to',
    label: 'Failed to (a person)',
    message: '"Failed to" about a person frames an action as a personal shortcoming.',
    why: 'Describing what the person saw and did shows where the system could have helped them.',
    examples: ['The on-call engineer failed to notice the error rate.', 'The team failed to follow the process.'],
  },
  {
    id: 'forgot',
    label: 'Forgot to',
    message: 'Memory is not a control.',
    why: 'Calling a lapse "forgetting" points at the person, when the fix is a prompt, a check or an automated step.',
    examples: ['Alice forgot to renew the certificate.', 'Grace neglected to update the runbook.'],
  },
  {
    id: 'human-error',
    label: 'Human error',
    message: '"Human error" ends the analysis where it should begin.',
    why: 'It hides the conditions — tooling, defaults, time pressure — that made the action reasonable at the time.',
    examples: ['caused by human error', 'operator error', 'fat-fingered', 'an error on the engineer’s part'],
  },
  {
    id: 'negligence',
    label: 'Negligence',
    message: '"Negligence" is a legal and moral verdict, not a finding.',
    why: 'It teaches people to hide information in the next review.',
    examples: ['This was negligence.', 'negligent'],
  },
  {
    id: 'careless',
    label: 'Judging care or competence',
    message: 'Judging someone’s care or competence blames character, not conditions.',
    why: 'People are as careful as their tools, workload and information let them be. Describe those instead.',
    examples: ['careless', 'sloppy', 'out of her depth', 'should know better', 'not paying attention', 'be more careful'],
  },
  {
    id: 'mistake',
    label: 'Mistake, screwed up',
    message: 'Calling what someone did a mistake judges it with hindsight.',
    why: 'Informal words like "screwed up" add scorn. Describe the action and its effect neutrally.',
    examples: ['The engineer made a mistake.', 'We screwed up the failover.', 'dropped the ball'],
  },
  {
    id: 'blame',
    label: 'Blame, at fault, culprit',
    message: 'Assigning blame stops the learning.',
    why: 'A postmortem explains causes; it does not assign fault. Blame makes people less willing to speak up next time.',
    examples: ['Sam is to blame.', 'at fault', 'the culprit', 'whose fault'],
  },
  {
    id: 'motive',
    label: 'A motive nobody can know',
    message: 'This attributes a motive or attitude to someone.',
    why: 'Nobody can see another person’s motives. Ask what the situation looked like to them, and why the action seemed right.',
    examples: ["He didn't bother to run the tests.", 'because she wanted to leave early', 'to make her week quieter'],
  },
  {
    id: 'sarcasm',
    label: 'Sarcasm',
    message: 'Sarcasm is blame with a smile.',
    why: 'It shames the people involved and tells everyone else what happens when they speak up.',
    examples: ['Great job, Bob.', 'Apparently reading the runbook is optional.', 'Surprise, surprise.'],
  },
  {
    id: 'hindsight',
    label: 'Hindsight: obviously, all they had to do',
    message: 'Hindsight makes things sound easy that were not easy then.',
    why: 'It was not obvious at the time, or it would have been done. Say what made it hard to see.',
    examples: ['Obviously nobody read the runbook.', 'All he had to do was roll back.', 'could have just restarted'],
  },
];

/** Finds a rule by id. */
export function findBlamelessRule(id: string): BlamelessRule | undefined {
  return BLAMELESS_RULES.find((rule) => rule.id === id);
}

/** How to rewrite the sentence a finding is in. */
export type RewritePlan =
  /** Drop these words ("Obviously, …", "carelessly"), keeping the rest of the sentence. */
  | { kind: 'remove'; span: Span }
  /** Replace these words with others ("human error" → "an action the system allowed"). */
  | { kind: 'replace'; span: Span; with: string }
  /** Replace the sentence with a question for the review. */
  | { kind: 'question'; text: string };

/** What a detector found: the words to flag, in absolute offsets, and how to rewrite. */
export interface Detection {
  ruleId: BlamelessRuleId;
  start: number;
  end: number;
  plan: RewritePlan;
}

interface MatchContext {
  s: Sentence;
  m: RegExpExecArray;
  /** Absolute offsets of the match. */
  start: number;
  end: number;
}

interface Detector {
  rule: BlamelessRuleId;
  re: RegExp;
  /** Accepts (and may narrow) the match, or rejects it. Scopes (quotes, negation) are checked by the caller. */
  accept?: (ctx: MatchContext) => boolean | Partial<Detection>;
  /** Findings of this detector are kept even after a negation ("didn't care" carries its own "not"). */
  ownNegation?: boolean;
  /** Needs a person, role, team or pronoun in the sentence: skipped, unscanned, in sentences that name none. */
  needsHuman?: boolean;
  /** A cheap test of the sentence's words: when it fails, the detector's long pattern is not run at all. */
  gate?: RegExp;
}

// ---------------------------------------------------------------------------------------------------------------
// Pattern pieces (on folded, lower-case text with people replaced by ꝑ)

const P = "ꝑ+(?:'s?)?";
const W = "[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*";
/** A word as any run of non-space, non-punctuation characters: far cheaper to compile and run than `W`'s classes. */
const WS = '[^\\s.,;:!?()"“”«»]+';
const ADV = '(?:really|also|then|just|simply|apparently|clearly|obviously|definitely|probably|surely|certainly|easily|quickly|already|honestly|frankly|ideally|perhaps|maybe|possibly|absolutely|totally|completely|entirely|only|even|ever|immediately|sooner|earlier|first|properly|actually|reasonably|personally|at\\s+least|in\\s+all\\s+honesty|of\\s+course|in\\s+hindsight)';
const NT = "(?:n't|\\s+not)";
const ROLE_WORD =
  '(?:engineers?|developers?|devs?|operators?|on-?call(?:\\s+engineers?)?|oncall|responders?|reviewers?|approvers?|admins?|administrators?|sysadmins?|sres?|dbas?|interns?|new\\s+hires?|contractors?|consultants?|employees?|people|person|individuals?|team(?:\\s+members?)?|lead|managers?|incident\\s+commander|ic|technicians?|maintainers?|testers?|staff|humans?|one|of\\s+us|fool)';

/** Gerund of a verb ("skip" → "skipping", "escalate" → "escalating", "roll back" → "rolling back"). */
export function makeGerund(base: string): string {
  const [verb = base, ...rest] = base.split(' ');
  let g: string;
  if (/ie$/.test(verb)) g = `${verb.slice(0, -2)}ying`;
  else if (/[^aeiouy]e$/.test(verb) || /[aiou]e$/.test(verb) && !/(ee|oe|ye)$/.test(verb)) g = `${verb.slice(0, -1)}ing`;
  else if (DOUBLING.has(verb)) g = `${verb}${verb.at(-1)}ing`;
  else g = `${verb}ing`;
  return [g, ...rest].join(' ');
}

const DOUBLING = new Set('skip stop drop plan ship run cut put set get sit hit let shut commit omit admit permit submit swap grab drag rub slip step zip strip wrap scrap chat tap trip pop'.split(' '));

const BASES: Record<string, string> = {
  skipped: 'skip', ignored: 'ignore', overlooked: 'overlook', missed: 'miss', disregarded: 'disregard', bypassed: 'bypass',
  circumvented: 'circumvent', neglected: 'neglect', botched: 'botch', bungled: 'bungle', mishandled: 'mishandle',
  fumbled: 'fumble', broke: 'break', wrecked: 'wreck', wiped: 'wipe', nuked: 'nuke', trashed: 'trash', rushed: 'rush',
  'rubber-stamped': 'rubber-stamp', dismissed: 'dismiss', silenced: 'silence', muted: 'mute', snoozed: 'snooze',
  caused: 'cause', delayed: 'delay', improvised: 'improvise', guessed: 'guess', 'hard-coded': 'hard-code', sabotaged: 'sabotage',
  ruined: 'ruin', corrupted: 'corrupt', misconfigured: 'misconfigure', misread: 'misread', mistyped: 'mistype', deleted: 'delete',
  dropped: 'drop', pulled: 'pull', typed: 'type', ran: 'run', pushed: 'push', merged: 'merge', deployed: 'deploy', shipped: 'ship',
  disabled: 'disable', restarted: 'restart', copied: 'copy', applied: 'apply', approved: 'approve', changed: 'change', made: 'make',
  took: 'take', brought: 'bring', left: 'leave', let: 'let', sat: 'sit', slept: 'sleep', forgot: 'forget', cut: 'cut', went: 'go',
  kept: 'keep', put: 'put', turned: 'turn', switched: 'switch', shrugged: 'shrug', brushed: 'brush', dragged: 'drag', waited: 'wait',
  checked: 'check', tested: 'test', read: 'read', looked: 'look', asked: 'ask', verified: 'verify', followed: 'follow',
  escalated: 'escalate', told: 'tell', notified: 'notify', reviewed: 'review', validated: 'validate', updated: 'update',
  responded: 'respond', answered: 'answer', monitored: 'monitor', watched: 'watch', tried: 'try', consulted: 'consult',
  warned: 'warn', informed: 'inform', confirmed: 'confirm', 'double-checked': 'double-check', noticed: 'notice', caught: 'catch',
  known: 'know', prevented: 'prevent', avoided: 'avoid', stopped: 'stop', rebooted: 'reboot', realised: 'realise',
  realized: 'realize', spotted: 'spot', found: 'find', detected: 'detect', rolled: 'roll', reverted: 'revert', done: 'do',
  acted: 'act', seen: 'see', drained: 'drain', taken: 'take', paused: 'pause', called: 'call', paged: 'page', written: 'write',
  paid: 'pay', listened: 'listen', thought: 'think', considered: 'consider', planned: 'plan', run: 'run', been: 'be',
  introduced: 'introduce', allowed: 'allow', handled: 'handle', heeded: 'heed', scrolled: 'scroll', used: 'use', backed: 'back',
  removed: 'remove', renewed: 'renew', labelled: 'label', labeled: 'label', touched: 'touch', started: 'start', gone: 'go',
  upgraded: 'upgrade', executed: 'execute', edited: 'edit', hid: 'hide', hidden: 'hide', decided: 'decide', chose: 'choose',
  blew: 'blow', tore: 'tear', overwrote: 'overwrite', rewrote: 'rewrite', fell: 'fall', 'force-pushed': 'force-push', sent: 'send',
  shut: 'shut', hit: 'hit', stalled: 'stall', dawdled: 'dawdle', idled: 'idle', buried: 'bury', concealed: 'conceal', refused: 'refuse',
};

/** The base form of a past tense or participle, from the table or by rule ("skipped" → "skip"). */
export function findBase(word: string): string {
  const known = BASES[word];
  if (known) return known;
  if (/ied$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/([bdgmnprt])\1ed$/.test(word)) return word.slice(0, -3);
  if (/(at|ut|iz|is|ag|ur|or|ir|id|ud|ov|iv|ac|uc|ic|ng|as|os|us|ud)ed$/.test(word) && !/(ing|ang)ed$/.test(word)) return word.slice(0, -1);
  if (/ed$/.test(word)) return word.slice(0, -2);
  return word;
}

/** Lower-cases a noun phrase's first letter for use inside a question ("The alert" → "the alert"), not a name's. */
function lowerPhrase(text: string): string {
  return /^(The|A|An|This|That|These|Those|Our|Its|Their|His|Her|Some|Any|Every|Each|All|He|She|They|We|It|Someone|Somebody|Nobody|Everyone|Anyone)\b/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

/** Possessive pronouns of a person made neutral in a question: "his own change" → "their own change". */
function neutralise(text: string): string {
  return text.replace(/\b(his|her)\b/gi, 'their').replace(/\b(himself|herself)\b/gi, 'themselves');
}

/**
 * The rest of the clause after `pos` in the original text: up to a comma, semicolon, dash, or a word that starts
 * a reason or another clause ("because", "so", "when", "and then", "to make …").
 */
function restOfClause(s: Sentence, pos: number): string {
  const tail = s.text.slice(pos, s.span.end);
  const cut = /\s*(?:[,;—–(]|:(?!\d)|\.\s*$|[.!?]+$|\s(?:because|since|so|as|when|while|if|unless|although|though|but|despite|even though|instead of|which|before anyone|to make|to avoid|to get|to hit|so that|and (?:then|took|went|improvised|the|we|it|this)|,)\b)/i.exec(tail);
  return (cut ? tail.slice(0, cut.index) : tail).trim().replace(/[.!?]+$/, '');
}

/** The subject's words for a question, or a neutral stand-in. */
function subjectWords(s: Sentence, subject: Subject): string {
  // Discourse words before the subject ("Of course Sam …", "Once again, Sam …") are not part of who it is.
  const text = s.text
    .slice(subject.span.start, subject.span.end)
    .trim()
    .replace(/^(?:(?:of\s+course|once\s+again|yet\s+again|again|honestly|frankly|obviously|clearly|as\s+usual|naturally|predictably|sure\s+enough)[\s,]+)+/iu, '');
  return text.length > 0 ? lowerPhrase(text) : 'the people involved';
}

/** "What made <vp> look reasonable at the time?" with the verb phrase starting at `verbAt` turned into a gerund. */
function askReasonable(s: Sentence, verbAt: number, verbWord: string, verbEnd: number, tail = 'look reasonable at the time'): RewritePlan {
  const rest = neutralise(restOfClause(s, verbEnd));
  const phrase = `${makeGerund(findBase(verbWord))}${rest ? ` ${rest}` : ''}`;
  void verbAt;
  return { kind: 'question', text: `What made ${phrase} ${tail}?` };
}

function question(text: string): RewritePlan {
  return { kind: 'question', text };
}

/** A question about the sentence's subject when no better rewrite can be built. */
function askWhatTheySaw(s: Sentence, pos: number): RewritePlan {
  const subject = s.subjectAt(pos);
  if (isHuman(subject.kind) || subject.kind === 'we') return question(`What did ${subjectWords(s, subject)} see at the time, and what made that action look reasonable?`);
  return question('What did the people involved see at the time, and what made their actions look reasonable?');
}

/**
 * The rewrite of a punishment or accountability sentence, in its own words where it names what was done or what
 * happened ("… for skipping the review", "the engineer who ran the command …", "… after this incident"); a stock
 * question about the system otherwise.
 */
function askAboutSanction(s: Sentence): RewritePlan {
  const text = s.text.slice(s.span.start, s.span.end);
  const forAction = /\bfor\s+(\p{L}+ing\b[^,.;:!?]*)/u.exec(text);
  if (forAction) return question(`What made ${neutralise(forAction[1]!.trim())} look reasonable at the time?`);
  const who = /\bwho\s+(\p{L}+)((?:\s+(?!has\b|have\b|had\b|was\b|were\b|will\b|is\b|should\b|must\b)[\p{L}\d'’-]+){0,6})/u.exec(text);
  if (who && /ed$|^(?:ran|took|made|wrote|broke|put|set|left|sent|shipped)$/.test(who[1]!)) {
    return question(`What made ${makeGerund(findBase(who[1]!))}${neutralise(who[2] ?? '')} look reasonable at the time?`);
  }
  const event = /\b(?:after|for|over|of)\s+((?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:incident|outage|data\s+loss|failure|downtime|deploy|migration|breach))\b/u.exec(text);
  if (event) return question(`What will change in the system so that ${neutralise(event[1]!)} cannot happen to the next person in the same seat?`);
  const topic = /\bon\s+((?:[\p{L}-]+\s+){0,2}(?:management|process|policy|procedures?|deploys?|releases?|changes?))\b/u.exec(text);
  if (topic) return question(`What in ${topic[1]} made this easy to get wrong, and what will change there?`);
  return question('What will change in the system so that this cannot happen to the next person in the same seat?');
}

function groupStart(m: RegExpExecArray, name: string, base: number): number {
  const index = m.indices?.groups?.[name]?.[0];
  return index === undefined ? base : base + index;
}
function groupEnd(m: RegExpExecArray, name: string, base: number): number {
  const index = m.indices?.groups?.[name]?.[1];
  return index === undefined ? base : base + index;
}

/** Whether the clause after `pos` explains the action by a condition of the system ("because it was routed to …"). */
function explainedBySystem(s: Sentence, pos: number): boolean {
  const tail = s.masked.slice(pos, s.span.end);
  // What they believed at the time ("…, believing it was a known false positive") is the local rationale a blameless
  // account gives, not blame.
  if (/^[^.;]{0,60}?,\s*(?:believing|assuming|expecting|judging|thinking)\s+(?:that\s+)?(?:it|this|the|they|a|an)\b/.test(tail)) return true;
  const reason = /\b(?<!much\s)(?:because|since|as)\s+(?:it|its|the|those|these|that|a|an|our|nothing|no|every|all|both)\b([^.;]*)/.exec(tail);
  if (!reason) return false;
  return !/\b(?:annoying|boring|tedious|hurry|wanted|felt\s+like|bothered|lazy|rushing)\b/.test(reason[1] ?? '');
}

/**
 * The person, role or team named at `pos` (after "by", "because of", "fault of"), reading up to five words so a
 * modifier ending in -ing ("the networking team") does not cut the phrase short; the plain phrase otherwise.
 */
function agentAfter(s: Sentence, pos: number): Subject {
  const plain = s.phraseAfter(pos);
  if (isHuman(plain.kind) || plain.possessor) return plain;
  const from = s.tokenIndexAt(pos);
  for (let to = from + 2; to <= Math.min(s.tokens.length, from + 5); to += 1) {
    if (/^[,;:.!?()]$/.test(s.tokens[to - 1]!.text)) break;
    const np = s.classify(from, to);
    if (isHuman(np.kind)) return np;
  }
  return plain;
}

/**
 * Whether the words from the subject to `pos` leave the match as the clause's main verb: only adverbs, auxiliaries
 * or an earlier verb phrase joined by "and" stand between ("Bob then took …", "Sam deleted X and took …"), so an
 * adjective ("the corrupted cache") or an object ("restarted the crashed pods") is not read as the action.
 */
function isMainVerb(s: Sentence, subject: Subject, pos: number): boolean {
  const gap = s.masked.slice(subject.span.end, pos);
  const tail = gap.split(/(?:^|\s)(?:and|but|then|or)\s+|,\s*/).at(-1) ?? '';
  return /^\s*(?:(?:just|then|also|simply|apparently|accidentally|somehow|again|still|basically|actually|really|promptly|casually|happily|quietly|proudly|once\s+again|had|has|have|went\s+and|proceeded\s+to|managed\s+to|decided\s+to|chose\s+to|went\s+ahead\s+and)\s+)*$/.test(tail);
}

const HARM_EXEMPT_RE = new RegExp(HARM_EXEMPTIONS);
/** What a person can destroy, and the participles of destroying it: "the backups were deleted by İlker". */
const DESTROYED_PARTICIPLES = /^(?:exposed|leaked|damaged|revoked|deleted|dropped|wiped|erased|purged|destroyed|removed|truncated|lost|overwritten|corrupted)$/;
const VALUABLE_NOUNS = /^(?:backups?|data|records|orders|accounts|database|databases|tables?|volumes?|buckets?|secrets|keys|logs|snapshots|commits|history|payments|customers)$/;
/** Responding to an incident: "the incident was declared by Marta" credits the person. */
const RESPONSE_PARTICIPLES = /^(?:declared|reported|detected|noticed|spotted|mitigated|resolved|escalated|handled|triaged|investigated|acknowledged|closed|opened|raised|flagged|identified|diagnosed|fixed|led|coordinated|run|managed|commanded|documented|summari[sz]ed|written|reviewed|contained|confirmed|announced|communicated|tracked|owned|debugged|reproduced|found|caught)$/;
/** Nouns for the harm itself: as the subject of a passive with a person as agent, the sentence blames them. */
const OUTCOME_NOUNS = /^(?:outages?|incidents?|downtime|failures?|breakage|corruption|loss|mess|disaster|problems?|regressions?|crash(?:es)?|interruptions?|degradation|disruptions?|damage|breach)$/;
const HARM_CUE_RE = new RegExp(HARM_CUES);
const DESTRUCTIVE_CUE_RE = new RegExp(DESTRUCTIVE_CUES);
const DEFECT_CUE_RE = new RegExp(DEFECT_CUES);
/** Leaving or going quiet that the sentence itself shows as routine: "once the error rate was normal", "while he read the logs". */
const ROUTINE_LEAVING_RE = /\b(?<!at\s)once\b(?!\s+again)|\bafter\s+(?:handing|the\s+handover|a\s+handover|passing\s+(?:it|the)|(?:his|her|their|the)\s+shift)|\bhanded\s+over\b|\bend\s+of\s+(?:his|her|their|the)\s+shift|\bas\s+(?:planned|agreed|scheduled)\b|\bwhile\s+(?:he|she|they|ꝑ+)\s+(?!was\s+away|were\s+away)/;

/** A detector's pattern, matched from a word start to a word end (or to white space the pattern itself ends with). */
const re = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}_'-])(?:${source})(?:(?<=\\s)|(?![\\p{L}\\p{N}_]))`, 'gud');

// ---------------------------------------------------------------------------------------------------------------
// Detectors, in rule order within each group

const NEG_PAST =
  '(?<verb>skipped|ignored|overlooked|missed|disregarded|bypassed|circumvented|neglected|botched|bungled|mishandled|fumbled|broke|wrecked|wiped|nuked|trashed|rushed|rubber-stamped|dismissed|silenced|muted|snoozed|delayed|improvised|guessed|hard-coded|sabotaged|ruined|misread|mistyped|caused|shrugged\\s+off|brushed\\s+off|slept\\s+through|sat\\s+on|dragg(?:ed|ing)\\s+(?:his|her|their|its|our)\\s+feet|dragged\\s+out|spammed|hammered|misconfigured|took\\s+down|brought\\s+down|cut\\s+corners|went\\s+ahead|pushed\\s+ahead|did\\s+nothing|winged\\s+it|(?:shipped|pushed|deployed|merged|released|applied)\\s+(?:a|the|an)\\s+(?:bad|broken|faulty|buggy|untested)|introduced\\s+(?:the|a|this)\\s+(?:bug|regression|outage))';

const INACTION_VERBS =
  '(?<verb>pick\\s+up|show\\s+up|join|acknowledge|reply|call\\s+back|check|test|read|look|ask|verify|follow|escalate|tell|notify|wait|review|think|validate|update|respond|answer|monitor|watch|try|consult|warn|inform|confirm|double-check|checked|tested|looked|asked|verified|followed|escalated|told|notified|waited|reviewed|validated|updated|responded|answered|monitored|watched|tried|consulted|warned|informed|confirmed|double-checked)';

const CARE_GERUNDS =
  '(?:testing|checking|opening|running|glancing|looking\\s+at|asking|waiting|looking|reading|telling|verifying|thinking|consulting|warning|double-checking|notifying|informing|running\\s+the\\s+tests|a\\s+review|review|any\\s+review|approval|a\\s+backup|a\\s+rollback\\s+plan|a\\s+second\\s+look|permission|a\\s+plan)';

const DETECTORS: readonly Detector[] = [
  // --- root-cause-person
  {
    rule: 'root-cause-person',
    re: re(`(?:(?:primary|underlying|real|actual|main|true|ultimate)\\s+)?(?:root[\\s-]?causes?|cause|(?<=\\b(?:real|actual|main|underlying|core|whole|only|biggest)\\s)(?:problem|issue))(?:\\s+(?:analysis\\s+points\\s+to|(?:of|for)\\s+(?:this|the|that)\\s+(?:incident|outage|failure|problem|issue|downtime|event)))?(?:\\s+here)?(?:\\s*,\\s*(?:as\\s+usual|frankly|honestly|sadly|simply\\s+put|in\\s+short|again)\\s*,)?\\s*(?:was|is|were|:|=|—|–|-|(?:analysis\\s+)?(?:points?|pointed)\\s+(?:squarely\\s+|directly\\s+|clearly\\s+|straight\\s+)?(?:to|at)|(?:lies|lay|rests|rested|sits|sat)\\s+(?:squarely\\s+|firmly\\s+|entirely\\s+|solely\\s+)?(?:with|on)|(?:comes?|came|boils?|boiled)\\s+down\\s+to|(?:was\\s+)?(?:traced|attributed)\\s+(?:back\\s+)?to)?\\s*(?:that\\s+|probably\\s+|simply\\s+|ultimately\\s+|clearly\\s+)?(?<who>${P}|${W})`),
    accept: ({ s, m, start }) => {
      const whoAt = groupStart(m, 'who', s.span.start);
      if (!/(?:was|is|were|:|=|—|–|-|to|at|with|on)\s*(?:that\s+|probably\s+|simply\s+|ultimately\s+|clearly\s+)?\S+$/.test(m[0])) return false;
      const np = s.phraseAfter(whoAt);
      const human = isHuman(np.kind) || np.possessor || /^human\s+(?:error|factor|element)/.test(s.masked.slice(whoAt, whoAt + 20));
      if (!human) return false;
      const after = restOfClause(s, np.span.end).replace(/^,?\s*/, '');
      const what = np.possessor ? lowerPhrase(s.text.slice(np.span.start, np.span.end).replace(/^\S+['’]s\s+|^(?:his|her|their)\s+/i, 'the ')) : after;
      return {
        start,
        end: Math.max(np.span.end, whoAt + m.groups!.who!.length),
        plan: question(what ? `What made ${neutralise(what)} possible?` : 'Which conditions made this possible, and what would stop it happening to the next person?'),
      };
    },
  },

  {
    // The outage put down to a person: "this whole outage comes down to Viktor", "was traced back to Chloe's typo".
    rule: 'root-cause-person',
    needsHuman: true,
    gate: /down\sto|traced|attributed|pinned|root-caused/,
    re: re(`(?:comes?|came|boils?|boiled)\\s+(?:right\\s+)?down\\s+to\\s+|(?:was|were|is|been)\\s+(?:ultimately\\s+|eventually\\s+)?(?:traced|attributed|pinned|root-caused)\\s+(?:back\\s+)?(?:to|on)\\s+`),
    accept: ({ s, end }) => {
      const agent = agentAfter(s, end);
      if (!(isHuman(agent.kind) || agent.possessor) || agent.kind === 'we') return false;
      if (/^(?:one|an?)\s/.test(s.masked.slice(agent.span.start, agent.span.end))) return false;
      return { end: agent.span.end, plan: question('Which conditions made this possible, and what would stop it happening to the next person?') };
    },
  },

  // --- accountability
  {
    rule: 'accountability',
    re: re(`(?:held|hold\\s+(?:${P}|him|her|them|someone|somebody|the\\s+${W}|whoever\\s+${W}))\\s+(?:personally\\s+|solely\\s+|fully\\s+|directly\\s+)?(?:accountable|responsible)|needs?\\s+to\\s+be\\s+held\\s+(?:accountable|responsible)`),
  },
  {
    rule: 'accountability',
    re: re(`(?:is|was|are|were|be|being)\\s+(?:fully\\s+|solely\\s+|directly\\s+|personally\\s+|the\\s+one\\s+)?(?:responsible|accountable)(?:\\s+for\\s+(?:the|this|that|these|our)\\s+(?<what>(?:${W}\\s+){0,2}?(?:outage|incident|failure|data\\s+loss|downtime|breakage|mess|problem|disaster|deploy|change|errors?)))?`),
    accept: ({ s, m, start }) => {
      const subject = s.subjectAt(start);
      if (!isHuman(subject.kind)) return false;
      if (!m.groups?.what && !/\bthe\s+one\s+responsible/.test(m[0])) return false;
      return { start: subject.span.start < start ? subject.span.start : start, plan: question(`Which conditions allowed ${m.groups?.what ? `the ${s.text.slice(groupStart(m, 'what', s.span.start), groupEnd(m, 'what', s.span.start))}` : 'this'}, and what will change them?`) };
    },
  },
  {
    rule: 'accountability',
    re: re(`bears?\\s+(?:full\\s+|the\\s+|sole\\s+|all\\s+)?responsibility|the\\s+(?:one|person|engineer|contractor|developer|individual|people|employee|team\\s+member)s?\\s+responsible|responsible\\s+(?:engineer|party|person|individual|developer|employee)|(?:has|have|had|was|were|will\\s+be|be|been|being|got|get)\\s+(?:been\\s+)?let\\s+go|(?:has|have|was|were|will\\s+be|be|been|being|got|get)\\s+(?:been\\s+)?(?:fired|sacked|terminated|dismissed|suspended|demoted|reassigned|disciplined|written\\s+up|reprimanded)|disciplinary|performance\\s+improvement\\s+plan|\\bpip\\b|formal\\s+warning|written\\s+warning|final\\s+warning|remedial\\s+training|(?:mandatory|compulsory)\\s+training|retrain(?:ed|ing)?\\s+(?:${P}|him|her|them|the\\s+(?:on-?call\\s+)?${ROLE_WORD}\\b)|(?:sent|send)\\s+to\\s+(?:mandatory\\s+|remedial\\s+)?training|lose\\s+(?:his\\s+|her\\s+|their\\s+)?(?:production\\s+|prod\\s+|admin\\s+|root\\s+)?access|access\\s+(?:will\\s+be\\s+|has\\s+been\\s+|was\\s+)?revoked|removed\\s+from\\s+the\\s+(?:on-?call\\s+)?rotation|taken\\s+off\\s+the\\s+(?:project|team|rotation|account)|(?:face|faces|facing)\\s+(?:the\\s+)?consequences|(?:must|will|should|need\\s+to)\\s+be\\s+consequences|(?:to|will|must|should|shall|has\\s+to|have\\s+to)\\s+answer\\s+for|(?:be|been|get)\\s+dealt\\s+with|owns?\\s+this\\s+(?:failure|outage|incident|mess)|(?:bonus|rating|promotion|performance\\s+review)\\s+will\\s+reflect|sign\\s+a\\s+statement|named\\s+the\\s+responsible|what\\s+happens\\s+to\\s+the\\s+(?:engineers?|people|person|individuals?)\\s+involved|fix\\s+(?:their|his|her)\\s+act|pay\\s+for\\s+this`),
    accept: ({ s, m, start, end }) => {
      // "the engineer responsible for the service": ownership of a system, not a verdict about an outcome.
      const owned = /responsible$/.test(m[0]) ? /^\s+for\s+(?:the|this|that|our|its|their)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)/u.exec(s.masked.slice(end, s.span.end)) : null;
      if (owned && !OUTCOME_NOUNS.test(owned[1]!) && SYSTEM_NOUNS.has(owned[1]!)) return false;
      if (/^(?:has|have|had|was|were|will|be|been|being|got|get)\b/.test(m[0])) {
        const subject = s.subjectAt(start);
        if (!(isHuman(subject.kind) || subject.kind === 'unknown' || subject.kind === 'person')) return false;
      }
      return { plan: askAboutSanction(s) };
    },
  },

  {
    // Sanctions by class: losing a seat or a right ("moved off on-call", "deploy rights taken away", "no longer
    // allowed to deploy", "banned from production"), retraining a person, probation and performance plans, letting
    // someone go, HR or formal process, "held to account", "heads will roll". Needs a person, role or team as the
    // one sanctioned: a host pulled out of the rotation or a retrained model is routine work.
    rule: 'accountability',
    needsHuman: true,
    gate: /account|roll|example|off|out\sof|from|let|longer|again|banned|barred|suspended|rights|access|privileges|permissions|stripped|relieved|probation|notice|performance|train|formal|disciplinary|hr\b|human\sresources|stern|serious|frank|hard|conduct|behavio|docked|cut|reduced|costs?\s|pay\b|lost|lose|answer/,
    re: re(`held\\s+to\\s+account|heads?\\s+(?:will|must|should|are\\s+going\\s+to)\\s+roll|(?:make|made|making)\\s+an\\s+example\\s+of|(?<who1>(?:moved|taken|removed|pulled|kicked|dropped|benched|stood\\s+down|rotated)\\s+(?:(?<obj1>${P}|him|her|them|the\\s+(?:on-?call\\s+)?${ROLE_WORD})\\s+)?(?:off|out\\s+of|from)\\s+(?:the\\s+)?(?:on-?call|oncall|rotation|rota|pager|project|team|account)(?:\\s+(?:rotation|rota|duty|duties|schedule))?\\b)|let\\s+(?<obj2>${P}|him|her|them|the\\s+(?:on-?call\\s+)?${ROLE_WORD})\\s+go(?=\\s*[,.;!?]|\\s*$|\\s+(?:after|last|this|following|because|when|over|for))|(?<who2>(?:no\\s+longer|never\\s+again)\\s+(?:be\\s+)?(?:on[\\s-]call|in\\s+the\\s+(?:on-?call\\s+)?rotation|on\\s+the\\s+(?:rota|rotation|pager))|no\\s+longer\\s+(?:be\\s+)?(?:allowed|permitted|trusted)\\s+to\\s+(?:deploy|touch|push|merge|run|access|approve|be\\s+on-?call|work\\s+on|go\\s+on-?call)|(?:banned|barred|suspended)\\s+from\\s+(?:deploying|touching|pushing|merging|running|production|prod|on-?call|the\\s+(?:on-?call\\s+)?rotation|approving))\\b|(?:${P}|his|her|their)\\s+(?:${W}\\s+){0,2}?(?:rights|access|privileges|permissions)\\s+(?:have|has|were|was|will\\s+be|are|is)\\s+(?:been\\s+|being\\s+)?(?:taken\\s+away|revoked|removed|pulled|suspended|stripped|withdrawn)|(?:stripped|relieved)\\s+of\\s+(?:his|her|their)\\s+|(?:put|putting|puts|placed|placing)\\s+(?:${P}|him|her|them|the\\s+(?:${W}\\s+)?${W})\\s+on\\s+(?:notice|probation|a\\s+performance\\s+plan)\\b|(?:lost|loses|lose|losing)\\s+(?:his|her|their)\\s+(?:${W}\\s+)?(?:access|rights|privileges|permissions|pager|on-?call\\s+(?:slot|seat|shift)|bonus)\\b|(?<who3>on\\s+(?:a\\s+)?(?:performance\\s+plan|probation)|put\\s+on\\s+(?:notice|probation)|(?:be|been|being|get|got|gets)\\s+re-?trained|(?:needs?|requires?|will\\s+(?:get|receive|undergo|need)|must\\s+(?:get|undergo|attend|complete|receive)|should\\s+(?:get|undergo|attend|receive)|(?:sent|send)\\s+(?:on|for|to))\\s+(?:some\\s+|more\\s+|additional\\s+|further\\s+|proper\\s+|mandatory\\s+)?re-?training|(?:face|faces|facing|will\\s+face|undergo|be\\s+subject\\s+to)\\s+(?:a\\s+)?(?:formal|disciplinary|hr)\\s+${W}|answer\\s+(?:to\\s+(?:the\\s+)?(?:vp|cto|ceo|director|board|leadership|management)|for\\s+(?:this|it|that|the\\s+outage)))|re-?train(?:ed|ing)?\\s+(?:${P}|him|her|them|the\\s+(?:on-?call\\s+)?${ROLE_WORD})\\b|make\\s+(?:sure\\s+)?(?:(?:that\\s+)?it\\s+costs?\\s+(?:them|him|her)|(?:them|him|her)\\s+pay)\\b|(?:conversation|talk|chat|meeting)\\s+with\\s+(?:hr|human\\s+resources)|(?:serious|stern|frank|hard)\\s+(?:word|words|talk|conversation|chat)\\s+with|review\\s+of\\s+(?:his|her|their)\\s+(?:conduct|behaviou?r)|(?:bonus|pay|salary|rating)\\s+(?:will\\s+be\\s+|was\\s+|is\\s+|has\\s+been\\s+)?(?:docked|cut|reduced)`),
    accept: ({ s, m, start }) => {
      const g = m.groups ?? {};
      const needsSubject = (g.who1 !== undefined && g.obj1 === undefined) || g.who2 !== undefined || g.who3 !== undefined;
      if (needsSubject) {
        const subject = s.subjectAt(start);
        if (!isHuman(subject.kind)) return false;
      }
      return { plan: askAboutSanction(s) };
    },
  },

  // --- counterfactuals
  {
    // Modal + (adverbs) + perfect: "should have checked", "could easily have caught", "should've", "should of".
    rule: 'counterfactual',
    re: re(`(?<modal>should(?:n't)?|could(?:n't)?|would(?:n't)?|might|must|ought(?:n't)?\\s+to|needed\\s+to|was\\s+supposed\\s+to|were\\s+supposed\\s+to)(?:\\s*,?\\s*${ADV}\\s*,?|${NT}|\\s+never)*\\s*(?:\\s|')(?:have|ve|of)\\s+(?:${ADV}\\s+|never\\s+)*(?<verb>${W})(?:\\s+(?<part>${W}))?`),
    accept: ({ s, m, start, end }) => {
      const modal = (m.groups?.modal ?? '').replace(/n't$/, '');
      const verb = m.groups?.verb ?? '';
      const part = m.groups?.part ?? '';
      const verbAt = groupStart(m, 'verb', s.span.start);
      const verbEnd = groupEnd(m, 'verb', s.span.start);
      const subject = s.subjectAt(start);
      const deontic = modal === 'should' || /^ought/.test(modal) || modal === 'needed to' || /supposed/.test(modal);
      const anyone = /\b(?:any(?:one|body)|any\s+\S+|every\s+other|most\s+people|a\s+(?:more\s+)?(?:experienced|senior|careful|competent|better|thorough|diligent))\b/.test(s.masked.slice(subject.span.start, subject.span.end));
      const human = isHuman(subject.kind) || subject.kind === 'we';
      if (verb === 'to') return false; // "should have to": an obligation now, not a counterfactual
      if (verb === 'been') {
        // Passive: "should have been caught", "could have been spotted by anyone".
        const byAgent = /\bby\s+/.exec(s.masked.slice(verbEnd, s.span.end));
        const agent = byAgent ? s.phraseAfter(verbEnd + byAgent.index + byAgent[0].length) : null;
        if (agent && agent.kind === 'system') return false;
        if (/\bthan\s+(?:\S+\s+){0,2}$/.test(s.masked.slice(s.span.start, start))) return false;
        if (!isParticiple(part) && !HUMAN_PASSIVES.has(part)) return false;
        const humanPassive = HUMAN_PASSIVES.has(part) || (agent !== null && (isHuman(agent.kind) || agent.kind === 'we')) || subject.kind === 'action';
        if (!humanPassive) return false;
        if (!deontic && !(HUMAN_PASSIVES.has(part) || agent)) return false;
        const subj = subject.kind === 'none' ? 'this' : subjectWords(s, subject);
        const rest = restOfClause(s, groupEnd(m, 'part', s.span.start)).replace(/\bby\s+.*$/i, '').trim();
        if (part === 'obvious' || part === 'clear') return { end, plan: question(`What made ${subj === 'this' ? 'it' : subj} hard to see at the time?`) };
        return { start: subject.span.start < start && subject.kind !== 'none' ? subject.span.start : start, end, plan: question(`What kept ${subj} from being ${part}${rest ? ` ${neutralise(rest)}` : ''} at the time?`) };
      }
      if (subject.kind === 'system' || subject.kind === 'action') return false;
      const first = s.tokenIndexAt(start) === 0;
      let flag: boolean;
      if (anyone) flag = true;
      else if (deontic) flag = human || (subject.kind === 'none' && first) || (subject.kind === 'unknown' && HUMAN_VERBS.has(verb));
      else if (modal === 'must') flag = human && /^(?:missed|ignored|overlooked|forgotten|skipped|misread)$/.test(verb);
      else flag = human && (PREVENTIVE_VERBS.has(verb) || /^(?:just|simply)$/.test(verb));
      if (!flag) return false;
      const subjStart = human && subject.span.start < start ? subject.span.start : start;
      if (anyone) return { start: subjStart, end: verbEnd, plan: askReasonable(s, verbAt, verb, verbEnd, 'hard at the time') };
      const negative = /n't|\bnot\b|\bnever\b/.test(m[0]);
      if (!deontic && !negative) {
        const object = neutralise(restOfClause(s, verbEnd));
        return { start: subjStart, end: verbEnd, plan: question(`What made ${object ? lowerPhrase(object) : 'this'} hard to ${findBase(verb)} at the time?`) };
      }
      return { start: subjStart, end: verbEnd, plan: askReasonable(s, verbAt, verb, verbEnd, negative ? 'look safe at the time' : 'seem unnecessary at the time') };
    },
  },
  {
    // Inverted conditional: "Had Alice checked …", "Had the reviewer done their job, …".
    rule: 'counterfactual',
    re: re(`(?:^|(?<=[,;:—–]\\s*)|(?<=\\b(?:and|but)\\s+))had\\s+(?:${W}\\s+){1,5}?(?:not\\s+|only\\s+|just\\s+|simply\\s+|even\\s+)?(?:${W})`),
    accept: ({ s, start }) => {
      // The subject runs from after "had" to the participle: the first word ending in -ed or a known participle.
      const first = s.tokenIndexAt(start) + 1;
      let verb = first;
      while (verb < s.tokens.length && !isParticiple(s.tokens[verb]!.text)) verb += 1;
      if (verb >= s.tokens.length || verb === first) return false;
      const np = s.classify(first, verb);
      if (!(isHuman(np.kind) || np.kind === 'we')) return false;
      const token = s.tokens[verb]!;
      const negative = s.tokens.slice(first, verb).some((t) => t.text === 'not');
      return { start, end: token.end, plan: askReasonable(s, token.start, token.text, token.end, negative ? 'look right at the time' : 'seem unnecessary at the time') };
    },
  },
  {
    // "If Sam had read the runbook …", "If only …".
    rule: 'counterfactual',
    re: re(`\\bif\\s+only\\b|\\bif\\s+(?<np>(?:${W}\\s+){1,4}?)had\\s+(?:not\\s+|only\\s+|just\\s+|simply\\s+|even\\s+|been\\s+)?(?<verb>${W})`),
    accept: ({ s, m, start }) => {
      if (/^if\s+only$/.test(m[0])) return { plan: question('What made the other choice hard to see at the time?') };
      const npAt = groupStart(m, 'np', s.span.start);
      const np = s.classify(s.tokenIndexAt(npAt), s.tokenIndexAt(groupStart(m, 'np', s.span.start) + (m.groups?.np?.trimEnd().length ?? 0)));
      if (!(isHuman(np.kind) || np.kind === 'we')) return false;
      const verb = m.groups?.verb ?? '';
      if (!HUMAN_VERBS.has(verb) && !PREVENTIVE_VERBS.has(verb)) return false;
      const verbEnd = groupEnd(m, 'verb', s.span.start);
      return { start, end: verbEnd, plan: askReasonable(s, 0, verb, verbEnd, 'seem unnecessary at the time') };
    },
  },
  {
    // "Any competent engineer would have …", "Anyone would have noticed", "A more experienced DBA would have …".
    rule: 'counterfactual',
    re: re(`(?:any(?:one|body)|any\\s+(?:competent\\s+|reasonable\\s+|experienced\\s+|good\\s+|decent\\s+|other\\s+|careful\\s+)?${ROLE_WORD}|every\\s+other\\s+(?:${W}\\s+)?${ROLE_WORD}|most\\s+people|a\\s+(?:more\\s+)?(?:experienced|senior|careful|competent|better|good|thorough|diligent|attentive)\\s+(?:${W}\\s+)?${ROLE_WORD})(?:\\s+(?!would|could|should)${W}){0,8}?\\s+(?:would|could|should)(?:n't|\\s+not|\\s+never)?\\s+(?:have|'ve)\\b|you\\s+would\\s+have\\s+thought`),
    accept: ({ s, end }) => ({ plan: question(`What made ${restOfClause(s, end) ? neutralise(restOfClause(s, end)).replace(/^(\S+)/, (w) => makeGerund(findBase(w))) : 'this'} hard to see at the time?`) }),
  },
  {
    rule: 'counterfactual',
    re: re('(?:was|is|were|been|being)\\s+(?:(?:entirely|completely|totally|easily|fully|absolutely|so|100\\s*%)\\s+)?(?:avoidable|preventable)'),
    accept: () => ({ plan: question('What made this hard to prevent with what was known at the time?') }),
  },

  // --- passive with a person as agent
  {
    rule: 'passive-agent',
    re: re(`(?:was|were|got|been|is|are|get)\\s+(?:${ADV}\\s+)*(?<neg>not\\s+|never\\s+)?(?<verb>caused|broken|dropped|ignored|overlooked|botched|bungled|rushed(?:\\s+out)?|brought\\s+down|taken\\s+down|introduced|skipped|dismissed|allowed\\s+to\\s+(?:expire|lapse)|wiped|delayed|followed|pulled|mishandled|left\\s+on|left\\s+running|looked\\s+at|made\\s+(?:much\\s+|far\\s+|even\\s+)?worse|pushed|deployed|merged|shipped|missed|neglected|disregarded|bypassed|forgotten|deleted|corrupted|misconfigured|broke|crashed|killed)\\b(?<gap>(?:\\s+(?!by\\b)${W}){0,4}?)\\s+by\\s+`),
    accept: ({ s, m, start, end }) => {
      const verb = m.groups?.verb ?? '';
      const agent = s.phraseAfter(end);
      if (!(isHuman(agent.kind) || agent.possessor)) return false;
      const negative = /^(?:followed|looked\s+at)$/.test(verb) ? Boolean(m.groups?.neg) : !m.groups?.neg;
      const neutral = /^(?:pushed|deployed|merged|shipped|deleted|pulled)$/.test(verb);
      const clause = s.masked.slice(start, s.span.end);
      if (neutral && !/\bwithout\b|\bbad\b|\bbroken\b|\bwrong\b|\bfaulty\b|\bbefore\s+the\s+tests\b/.test(s.masked.slice(s.span.start, s.span.end))) return false;
      if (!negative) return false;
      void clause;
      const subject = s.subjectAt(start);
      const subj = subject.kind !== 'none' ? subjectWords(s, subject) : 'this';
      const part = verb.replace(/\s+/g, ' ');
      const gap = (m.groups?.gap ?? '').trim();
      const objectFocused = /^(?:ignored|overlooked|missed|skipped|dismissed|disregarded|forgotten)$/.test(part);
      const plan = objectFocused
        ? question(`What made ${subj} easy to ${findBase(part)}?`)
        : question(`What made it possible for ${subj} to be ${m.groups?.neg ? 'not ' : ''}${part}${gap ? ` ${gap}` : ''}?`);
      return { start: subject.kind !== 'none' && subject.span.start < start ? subject.span.start : start, end: agent.span.end, plan };
    },
  },

  // --- a person, role or team doing something wrong
  {
    rule: 'person-as-cause',
    re: re(`${NEG_PAST}(?![\\p{L}-])`),
    accept: ({ s, m, start, end }) => {
      const subject = s.subjectAt(start);
      const verb = (m.groups?.verb ?? '').replace(/\s+/g, ' ');
      if (!(isHuman(subject.kind) || (subject.kind === 'we' && /^(?:skipped|ignored|overlooked|disregarded|bypassed|botched|rushed)$/.test(verb)))) return false;
      if (/^(?:caused|broke|took down|brought down|delayed|missed|wiped)$/.test(verb) && subject.kind === 'pronoun' && /^(?:it|this|that)$/.test(s.masked.slice(subject.span.start, subject.span.end))) return false;
      if (/^(?:went ahead|pushed ahead)$/.test(verb) && HARM_EXEMPT_RE.test(s.masked.slice(end, s.span.end))) return false;
      if (explainedBySystem(s, end) || (/^(?:wiped|nuked|trashed|silenced|muted|snoozed|dismissed)$/.test(verb) && REMEDIAL_OBJECT.test(s.masked.slice(end, s.span.end)))) return false;
      if (/^\s+(?:lunch|dinner|breakfast|a\s+meal|meals|sleep|the\s+weekend|a\s+holiday|vacation)\b/.test(s.masked.slice(end, end + 16))) return false;
      // Holding a change back is caution: "delayed the change until after the sale".
      if (verb === 'delayed' && /^\s+(?:the|a|an|our|their|its)\s+(?:\S+\s+)?(?:change|deploy|deployment|release|rollout|migration|launch|upgrade|cutover|maintenance)\b/.test(s.masked.slice(end, end + 40))) return false;
      if (/^(?:missed|delayed)$/.test(verb) && /^(?:\s+(?:runs?|deliveries|deadlines?|targets?|slo|sla|heartbeats?|checks?))/.test(s.masked.slice(end, end + 20))) return false;
      const object = restOfClause(s, end);
      const base = findBase(verb.split(' ')[0] as string) + (verb.includes(' ') ? verb.slice(verb.indexOf(' ')) : '');
      const objectFocused = /^(?:skipped|ignored|overlooked|missed|disregarded|dismissed|bypassed|brushed off|shrugged off)$/.test(verb);
      const plan =
        objectFocused && object && !/^(?:it|them|this|that)$/.test(object)
          ? question(`What made ${neutralise(lowerPhrase(object))} easy to ${findBase(verb.split(' ')[0] as string)}${verb.includes(' ') ? verb.slice(verb.indexOf(' ')) : ''}?`)
          : verb === 'did nothing'
            ? question('What made it hard to act at that point?')
            : CAUSAL_EFFECTS[verb] && object
              ? question(`What in the system let ${neutralise(lowerPhrase(object))} ${CAUSAL_EFFECTS[verb]}?`)
            : askReasonable(s, start, base.split(' ')[0] as string, verb.includes(' ') ? start + verb.indexOf(' ') : end, 'look reasonable at the time');
      return { start: subject.span.start < start ? subject.span.start : start, plan };
    },
  },
  {
    // Inaction: "never checked", "didn't read", "hadn't tested", "nobody tested".
    rule: 'person-as-cause',
    re: re(`(?:(?<neg>did${NT}|never|had${NT}|has${NT}|have${NT})\\s+(?:even\\s+|once\\s+|actually\\s+|properly\\s+|yet\\s+|ever\\s+)?${INACTION_VERBS}|(?<nobody>nobody|no\\s+one|no-one)\\s+(?:on\\s+the\\s+${W}\\s+|there\\s+|else\\s+|here\\s+)?(?:ever\\s+|actually\\s+|even\\s+)?(?<v2>tested|checked|read|looked|noticed|reviewed|verified|followed\\s+up|escalated|asked|watched|monitored|thought|tried|bothered|cared))(?![\\p{L}-])`),
    ownNegation: true,
    accept: ({ s, m, start, end }) => {
      const verb = m.groups?.verb ?? m.groups?.v2 ?? '';
      if (!m.groups?.nobody) {
        const subject = s.subjectAt(start);
        if (!isHuman(subject.kind)) return false;
        if (explainedBySystem(s, end)) return false;
        const rest = restOfClause(s, end);
        return { start: subject.span.start < start ? subject.span.start : start, plan: question(`What made ${makeGerund(findBase(verb))}${rest ? ` ${neutralise(rest)}` : ''} seem unnecessary at the time?`) };
      }
      const rest = restOfClause(s, end);
      return { plan: question(`What made ${makeGerund(findBase(verb))}${rest ? ` ${neutralise(rest)}` : ''} seem unnecessary at the time?`) };
    },
  },
  {
    // Slowness and leaving things: "took over an hour to even acknowledge", "was slow to escalate", "let the certificate lapse".
    rule: 'person-as-cause',
    re: re(`(?:was|were|are|is)\\s+(?:(?:far|way|much)\\s+)?(?:too\\s+|so\\s+|very\\s+|painfully\\s+|really\\s+)?slow\\s+to\\s+${W}|took\\s+(?:over\\s+|more\\s+than\\s+|almost\\s+|nearly\\s+)?(?:an?\\s+hour|forever|ages|too\\s+long|way\\s+too\\s+long|(?:\\d+|${W})\\s+(?:minutes|hours|days))\\s+to\\s+(?:even\\s+)?(?:acknowledge|respond|react|escalate|answer|notice|reply|look|start|join|tell|inform|notify|update|page|call|raise|flag|report|show\\s+up|get\\s+back|pick\\s+up|open|approve|review|read)|waited\\s+(?:\\d+|${W})\\s+(?:minutes|hours)\\s+before\\s+(?:telling|escalating|paging|saying|reporting|doing)|let\\s+(?:the\\s+|a\\s+|his\\s+|her\\s+|their\\s+)?(?:${W}\\s+){0,2}(?:lapse|expire|rot|slide|fail)|left\\s+(?:the\\s+)?(?:${W}\\s+){1,3}(?:on|running|enabled|open|broken|unpatched|in\\s+place)\\b(?=\\s+(?:when|after|overnight|for|and|,|\\.|$))|kept\\s+(?:restarting|retrying|rebooting|ignoring|redeploying)|(?:disabled|turned\\s+off|switched\\s+off|silenced|muted|snoozed)\\s+(?:the\\s+|an\\s+|all\\s+|every\\s+|that\\s+)?(?:${W}\\s+)?(?:alerts?|alarms?|pager|pages|monitoring|warnings?|notifications?)|pushed\\s+(?:straight|directly)\\s+to\\s+${W}|merged\\s+(?:his|her|their)\\s+own|(?<wrongverb>${W})\\s+the\\s+wrong\\s+${W}`),
    accept: ({ s, m, start, end }) => {
      const subject = s.subjectAt(start);
      if (!isHuman(subject.kind)) return false;
      if (m.groups?.wrongverb && /^(?:at|from|in|on|to|of|for|was|is|were|be)$/.test(m.groups.wrongverb)) return false;
      if (/^(?:disabled|turned|switched|silenced|muted|snoozed)\b/.test(m[0]) && REMEDIAL_OBJECT.test(s.masked.slice(start + m[0].split(/\s+/)[0]!.length, s.span.end))) return false;
      if (explainedBySystem(s, end)) return false;
      const first = m[0].split(/\s+/)[0] as string;
      return { start: subject.span.start < start ? subject.span.start : start, plan: askReasonable(s, start, first === 'was' || first === 'were' ? 'waited' : first, start + first.length, 'look reasonable at the time') };
    },
  },
  {
    // "without testing it", "instead of investigating", "despite the warnings", "against all advice", "even though the canary was red".
    rule: 'person-as-cause',
    re: re(`without\\s+(?:first\\s+|even\\s+|properly\\s+|actually\\s+|ever\\s+)?${CARE_GERUNDS}|instead\\s+of\\s+(?:investigating|looking|checking|reading|asking|escalating|waiting|testing|rolling\\s+back|fixing|helping|working|responding|mitigating|acting)|despite\\s+(?:the\\s+|all\\s+the\\s+|repeated\\s+)?(?:warnings?|alerts?|advice|objections|red\\s+canary|failing\\s+tests)|against\\s+(?:all\\s+)?(?:the\\s+)?advice|even\\s+though\\s+the\\s+(?:canary|tests?|alerts?|dashboard|build|checks?)\\s+(?:was|were)\\s+(?:red|failing|firing)`),
    ownNegation: true,
    accept: ({ s, start }) => {
      const subject = s.subjectAt(start);
      if (!isHuman(subject.kind)) return false;
      // The verb of the clause: the first word after the subject that is not an adverb.
      const after = s.masked.slice(subject.span.end, start);
      const verb = /^\s*(?:(?:then|also|just|simply|apparently|again|still|somehow)\s+)*([\p{L}-]+)/u.exec(after)?.[1];
      if (!verb || /^(?:is|are|was|were|be|been)$/.test(verb)) return false;
      const verbAt = subject.span.end + after.indexOf(verb);
      return { start: subject.span.start, plan: askReasonable(s, verbAt, verb, verbAt + verb.length, 'look safe at the time') };
    },
  },
  {
    // A person's change or decision as the cause: "Kenji's sloppy rollout plan caused", "Chen's screw-up took the site down".
    rule: 'person-as-cause',
    re: re(`(?:${P}|his|her|their)\\s+(?:${W}\\s+){0,3}?(?<verb>caused|broke|took\\s+(?:the\\s+${W}\\s+)?down|brought\\s+down|crashed|cost\\s+us|made\\s+(?:everything|things|it)\\s+worse)`),
    accept: ({ s, m, start }) => {
      if (!/^ꝑ/.test(m[0]) && !/^(?:his|her|their)/.test(m[0])) return false;
      if (/^(?:his|her|their)/.test(m[0]) && s.tokenIndexAt(start) > 0 && !PUNCT_START.test(s.masked.slice(s.span.start, start))) return false;
      const verbAt = groupStart(m, 'verb', s.span.start);
      const what = s.text.slice(start, verbAt).trim().replace(/^(?:\S+\s+){0,2}?\S+['’]s\s+|^(?:his|her|their)\s+/i, 'the ');
      const verb = (m.groups?.verb ?? '').replace(/\s+/g, ' ');
      const object = restOfClause(s, groupEnd(m, 'verb', s.span.start));
      const effect = CAUSAL_EFFECTS[verb.replace(/^took the .* down$/, 'took down')];
      if (effect && object) return { plan: question(`What in the system let ${neutralise(lowerPhrase(object))} ${effect}?`) };
      return { plan: question(`What made ${lowerPhrase(what)} look safe at the time?`) };
    },
  },

  // --- failed to
  {
    rule: 'failed-to',
    re: re(`failed\\s+to\\s+(?<verb>${W})|failure\\s+to\\s+(?<verb2>${W})`),
    accept: ({ s, m, start, end }) => {
      const verb = m.groups?.verb ?? m.groups?.verb2 ?? '';
      const subject = s.subjectAt(start);
      if (subject.kind === 'system' || subject.kind === 'action') return false;
      if (subject.kind === 'we' && /^(?:meet|deliver|provide|live|keep\s+our|communicate)$/.test(verb)) return false;
      const human = isHuman(subject.kind) || subject.kind === 'we';
      const humanVerb = /^(?:notice|follow|check|test|review|consider|realise|realize|recognise|recognize|escalate|communicate|double-check|pay|understand|anticipate|foresee|ask|think|heed|listen|coordinate|plan|act|care|look|read|respond|react|tell|notify|warn|update|keep|monitor|watch|verify|validate)$/.test(verb);
      if (!(human || (subject.kind !== 'we' && humanVerb))) return false;
      const rest = restOfClause(s, end);
      const plan = rest && !/^(?:it|them|this|that)$/.test(rest) ? question(`What made ${neutralise(lowerPhrase(rest))} hard to ${verb}?`) : question(`What made it hard to ${verb} at the time?`);
      return { start: human && subject.span.start < start ? subject.span.start : start, plan };
    },
  },

  // --- forgot
  {
    rule: 'forgot',
    re: re(`(?<w>forg(?:ot|otten|etting)|forgets?\\s+(?:to|about|that)|(?:neglected|omitted)\\s+to|did${NT}\\s+remember\\s+to|slipped\\s+(?:his|her|their|my|our)\\s+mind)(?![\\p{L}-])`),
    accept: ({ s, start, end }) => {
      const after = s.masked.slice(end, end + 30);
      if (/^\s*(?:(?:their|his|her|your|my|a|the)\s+)?password/.test(after) || /^-/.test(after)) return false;
      const subject = s.subjectAt(start);
      if (subject.kind === 'system') return false;
      const rest = restOfClause(s, end).replace(/^to\s+/i, '');
      return { start: isHuman(subject.kind) && subject.span.start < start ? subject.span.start : start, plan: question(rest ? `What would have prompted someone to ${neutralise(rest.replace(/^(?:about|that)\s+/i, 'deal with '))}?` : 'What would have reminded anyone at that point?') };
    },
  },

  // --- human error
  {
    rule: 'human-error',
    re: re(`(?:human|operator|user|engineer|developer|personnel|pilot|people)(?:\\s+|-)(?:errors?|mistakes?|failures?|factors?|elements?)|(?:an?\\s+)?error\\s+on\\s+(?:the\\s+)?(?:${P}|${W}(?:'s)?|his|her|their)\\s+part|fat[\\s-]?(?:finger|thumb)(?:ed|ing|s)?|pebkac|picnic\\s+(?:issue|error|problem)|id-?10-?t|layer[\\s-]?8\\s+(?:issue|problem|error)|wetware`),
    accept: ({ s, m, start, end }) => {
      const tail = s.masked.slice(end, s.span.end);
      if (/^\s+(?:in\s+[^,.;]*\s+)?(?:is|are)\s+(?:always\s+)?(?:possible|inevitable|bound\s+to\s+happen)/.test(tail)) return false;
      if (/^fat/.test(m[0])) return { plan: question('What made the wrong value easy to enter and hard to notice?') };
      return { plan: { kind: 'replace', span: { start, end }, with: /^(?:an?\s+)?error\s+on/.test(m[0]) ? 'an action the system allowed' : 'an action the system allowed' } };
    },
  },

  // --- negligence
  { rule: 'negligence', re: re('negligen(?:t|ce|tly)|derelict(?:ion)?'), accept: ({ s, start }) => ({ plan: askWhatTheySaw(s, start) }) },

  // --- care and competence
  {
    rule: 'careless',
    re: re(
      `(?<adj>careless(?:ly|ness)?|sloppy|sloppily|sloppiness|reckless(?:ly|ness)?|incompeten(?:t|ce|tly)|inattenti(?:ve|on)|clueless|boneheaded|bone-headed|half-(?:baked|assed)|unprofessional|irresponsible|inexcusable|inexperience|stupid(?:ity)?|idiot(?:ic|s)?|dumb)|lazy(?![\\s-]+(?:load|loading|loaded|loads|init|initiali[sz]ation|evaluation|import|imports|compilation))|laziness|(?:was${NT}|were${NT}|not)\\s+paying\\s+attention|be\\s+(?:more\\s+)?(?:careful|vigilant|attentive|diligent)|(?:a\\s+|real\\s+|the\\s+)?lack(?:s|ed|ing)?\\s+(?:of\\s+)?(?:the\\s+)?(?:care|attention|diligence|discipline|rigou?r|competence|skills?|experience|ownership|thoroughness|judge?ment)|poor\\s+(?:discipline|judge?ment)|error\\s+of\\s+judge?ment|(?:should|ought\\s+to)\\s+(?:have\\s+)?known\\s+better|know\\s+better|no\\s+excuse|not\\s+thinking|weak\\s+link|a\\s+liability|no\\s+business\\s+(?:touching|running|being)|amateur(?:ish|\\s+hour)|rookie\\s+(?:move|mistake|error)|out\\s+of\\s+(?:his|her|their|my|our)\\s+depth|in\\s+(?:(?:way|well|far|completely|totally|clearly)\\s+)?over\\s+(?:his|her|their|my|your)\\s+heads?|made\\s+(?:a\\s+)?(?:complete\\s+|total\\s+|real\\s+|right\\s+|an\\s+utter\\s+)?(?:hash|dog's\\s+breakfast|pig's\\s+ear)\\s+of|not\\s+on\\s+the\\s+ball|off\\s+(?:his|her|their)\\s+game|(?:phon|mail)(?:ed|ing)\\s+it\\s+in|not\\s+up\\s+to\\s+the\\s+(?:job|task)|asleep\\s+(?:on\\s+the\\s+job|at\\s+the\\s+wheel)|more\\s+thorough|(?:a\\s+little|a\\s+bit)\\s+more\\s+care|did${NT}\\s+know\\s+what\\s+(?:he|she|they|i|we)\\s+(?:was|were)\\s+doing`,
    ),
    ownNegation: true,
    accept: ({ s, m, start, end }) => {
      if (m.groups?.adj && s.negatedBefore(start)) return false;
      if (/^(?:not\s+thinking)$/.test(m[0]) && s.negatedBefore(start)) return false;
      const adj = m.groups?.adj;
      // An adjective or adverb before a noun or verb can simply go: "a careless typo" → "a typo".
      if (adj && /^(?:careless(?:ly)?|sloppy|sloppily|reckless(?:ly)?|stupid|dumb|half-(?:baked|assed)|boneheaded|bone-headed)$/.test(adj)) {
        const next = s.masked.slice(end, end + 30);
        if (/^\s+[\p{L}]/u.test(next) && !/^\s+(?:and|but|or|with|on|in|about|when|during)\b/.test(next)) return { plan: { kind: 'remove', span: { start, end: end + (/^\s+/.exec(next)?.[0].length ?? 0) } } };
        if (/ly$/.test(adj) && /^\s*[,.;!?]/.test(next)) return { plan: { kind: 'remove', span: { start: start - (/\s*$/.exec(s.masked.slice(s.span.start, start))?.[0].length ?? 0), end } } };
      }
      return { plan: askWhatTheySaw(s, start) };
    },
  },

  // --- mistake
  {
    rule: 'mistake',
    re: re(`made\\s+(?:a|an|the|another|one|this|that|such\\s+an?)?\\s*(?:(?:silly|stupid|basic|simple|big|huge|costly|careless|rookie|obvious|bad|critical)\\s+)?(?:mistake|error|blunder|slip|goof)s?|(?:${P}|his|her|their)\\s+(?:(?:${W})\\s+)?(?:mistake|blunder|screw-?up|slip|fumble|goof)s?|a\\s+(?:mistake|slip|blunder)\\s+(?:by|from|on\\s+the\\s+part\\s+of)\\s+|screw(?:ed)?[\\s-]?ups?|screwed\\s+up|messed\\s+up|mess[\\s-]?ups?|goofed(?:\\s+up)?|blunders?|botched|dropped\\s+the\\s+ball|fumbled|(?:a|another)\\s+bad\\s+call|silly\\s+slip|mistakenly|mistakes?`),
    accept: ({ s, m, start, end }) => {
      const w = m[0];
      const subject = s.subjectAt(start);
      if (/^mistakes?$/.test(w)) {
        // A bare "mistake": only when a person owns it ("the developer's mistake") or made it.
        const before = s.masked.slice(s.span.start, start);
        if (!/(?:ꝑ+'s?|his|her|their|my|a|an|the|whose)\s+(?:(?:silly|stupid|basic|simple|big|huge|costly|careless|rookie|obvious|bad|critical)\s+)?$/.test(before)) return false;
        if (/(?:^|\s)(?:a|an|the)\s+$/.test(before)) {
          // "a mistake" needs a person nearby: "it was a mistake by …", "a mistake of the engineer".
          if (!/^\s+(?:by|of|from)\s+/.test(s.masked.slice(end, end + 8))) return false;
          const np = s.phraseAfter(end + (/^\s+(?:by|of|from)\s+/.exec(s.masked.slice(end, end + 8))?.[0].length ?? 0));
          if (!isHuman(np.kind)) return false;
        }
      }
      if (/^made/.test(w) && !(isHuman(subject.kind))) return false;
      if (/^mistakenly$/.test(w) && /^\s+(?:believed|thought|assumed|identified|treated|flagged|marked|classified|routed)/.test(s.masked.slice(end, end + 14))) return false;
      if (/^mistakenly$/.test(w) && !isHuman(subject.kind)) return false;
      if (/^(?:botched|fumbled|blunders?|dropped\s+the\s+ball|messed\s+up|screwed\s+up|goofed)/.test(w) && (subject.kind === 'system')) return false;
      if (/^made/.test(w)) {
        const when = /^\s+(?:when|while|in)\s+(\S+)/.exec(s.text.slice(end, s.span.end));
        const rest = when ? restOfClause(s, end + when[0].length - (when[1]?.length ?? 0)) : '';
        return { start: subject.span.start < start ? subject.span.start : start, plan: question(rest ? `What made ${neutralise(rest)} easy to get wrong?` : 'What made this easy to get wrong?') };
      }
      return { plan: askWhatTheySaw(s, start) };
    },
  },

  // --- blame
  {
    rule: 'blame',
    re: re(`(?<!git\\s)blam(?:e|ed|es|ing|eworthy)(?![\\p{L}-])(?!\\s+(?:view|annotation|output|command|history))|at\\s+fault|culprits?(?!\\s+(?:frame|field|function|line|commit|column))|(?:${P}|his|her|their|my|your|our)\\s+fault|fault\\s+(?:lies|lay|lied)\\s+(?:squarely\\s+)?with|whose\\s+fault|scapegoat(?:s|ed|ing)?|guilty|finger-?pointing|(?:mess|this|that|it|outage|incident)\\s+is\\s+(?:all\\s+|squarely\\s+|entirely\\s+)?on\\s+(?:${P}|him|her|them)|find\\s+fault|(?:find|found|finding|figure|figured|work)\\s+out\\s+(?:exactly\\s+)?who\\s+(?:\\S+\\s+){0,2}?(?:approved|pushed|merged|did|broke|deployed|caused|signed|was\\s+responsible|is\\s+responsible|made|ran|let)\\b`),
    accept: ({ s, m, start }) => {
      if (/^blaming$/.test(m[0]) && s.tokenIndexAt(start) === 0) return false;
      const forWhat = /\bfor\s+(the\s+[^,.;]+)/i.exec(s.text.slice(start, s.span.end));
      return { plan: forWhat ? question(`What conditions led to ${neutralise(forWhat[1] as string)}?`) : askWhatTheySaw(s, start) };
    },
  },

  {
    // "Bob is the reason we were down all weekend": a person named as the cause.
    rule: 'blame',
    needsHuman: true,
    re: re(`(?:is|was|are|were)\\s+(?:(?:the\\s+)?(?:only\\s+|sole\\s+|main\\s+|whole\\s+|real\\s+|single\\s+)?reason\\s+)?(?:why\\s+)?(?:we|the|this|that|it|our|everything|customers)\\b(?<=(?:reason|why)\\s+\\S+)|(?:should|ought\\s+to)\\s+be\\s+(?:ashamed|embarrassed)|shame\\s+on`),
    accept: ({ s, start }) => {
      const subject = s.subjectAt(start);
      if (!isHuman(subject.kind) || subject.possessor) return false;
      return { start: subject.span.start < start ? subject.span.start : start, plan: question('Which conditions made this possible, and what would stop it happening to the next person?') };
    },
  },

  {
    // "the outage was entirely the fault of the networking team".
    rule: 'blame',
    needsHuman: true,
    re: re(`fault\\s+of\\s+`),
    accept: ({ s, end }) => {
      const agent = agentAfter(s, end);
      if (!(isHuman(agent.kind) || agent.possessor) || agent.kind === 'we') return false;
      return { end: agent.span.end, plan: question('Which conditions made this possible, and what would stop it happening to the next person?') };
    },
  },

  // --- motive
  {
    rule: 'motive',
    re: re(
      `(?:did${NT}|never|could${NT}\\s+be|can${NT}\\s+be|can't\\s+be|could\\s+not\\s+be)\\s+bother(?:ed)?|(?:nobody|no\\s+one|anyone|anybody)\\s+bothered|did${NT}\\s+care|chose\\s+to\\s+ignore|decided\\s+not\\s+to\\s+(?:bother|escalate|check|test|look|tell|wait)\\b(?=[^.]*\\b(?:because|since|so)\\b)|deliberately\\s+(?:hid|ignored|skipped|disabled|deleted|bypassed|broke|withheld)|(?:because|since|as|so\\s+that|so)\\s+(?:he|she|they|ꝑ+)\\s+(?:wanted|was\\s+eager|was\\s+in\\s+a\\s+hurry|was\\s+rushing|was\\s+trying|could${NT}\\s+wait|did${NT}\\s+want|was\\s+more\\s+interested|was\\s+worried|needed\\s+to\\s+leave|had\\s+to\\s+leave|could\\s+(?:take|get|go|leave|make|hit|meet|finish|sleep|catch|enjoy|skip|avoid))|in\\s+a\\s+hurry|to\\s+(?:make|keep)\\s+(?:his|her|their)\\s+(?:${W}\\s+){0,2}(?:quieter|easier|shorter)|to\\s+avoid\\s+(?:another\\s+round\\s+of\\s+)?(?:review|paperwork|questions|the\\s+review)|so\\s+(?:that\\s+)?(?:nobody|no\\s+one)\\s+would\\s+(?:ask|notice|see|find)|so\\s+that\\s+it\\s+would\\s+not\\s+show\\s+up|to\\s+(?:look\\s+good|take\\s+credit|cover\\s+(?:his|her|their)\\s+tracks|save\\s+face)|out\\s+of\\s+(?:pride|laziness|spite|arrogance|ego)|more\\s+(?:interested|worried|concerned)\\s+(?:in|about|with)\\s+(?:his|her|their|closing|getting|looking)|wanted\\s+to\\s+(?:get\\s+home|go\\s+home|leave\\s+early|leave|be\\s+done|look\\s+good)|thought\\s+the\\s+rules\\s+did${NT}\\s+apply|(?:did${NT}|does${NT}|didn't|doesn't)\\s+apply\\s+to\\s+(?:him|her|them|himself|herself|themselves)|(?:was${NT}|is${NT})\\s+(?:their|his|her)\\s+priority|just\\s+wanted\\s+(?:the\\s+${W}|it|them)\\s+to\\s+stop|did${NT}\\s+think\\s+about\\s+the|as\\s+long\\s+as\\s+(?:his|her|their)\\s+${W}\\s+shipped|merged\\s+it\\s+anyway|anyway\\s+to\\s+avoid|(?:was|were)\\s+lazy`,
    ),
    ownNegation: true,
    accept: ({ s, m, start, end }) => {
      if (s.negatedBefore(start) && !/n't|not|never/.test(s.masked.slice(start, start + 12))) return false;
      const toDo = /bother(?:ed)?$/.test(m[0]) ? /^\s+to\s+([\p{L}-]+)/u.exec(s.text.slice(end, s.span.end)) : null;
      if (toDo) {
        const rest = restOfClause(s, end + toDo[0].length);
        return { plan: question(`What made ${makeGerund(toDo[1]!.toLowerCase())}${rest ? ` ${neutralise(rest)}` : ''} seem unnecessary at the time?`) };
      }
      return { plan: askWhatTheySaw(s, start) };
    },
  },

  // --- sarcasm
  {
    rule: 'sarcasm',
    re: re(
      `what\\s+a\\s+(?:brilliant|great|genius|fantastic|wonderful|clever|bright|stellar)\\s+(?:idea|move|plan|call|decision)\\s+(?:it\\s+was\\s+)?(?:to|by|from)\\b|^(?:great|nice|good|excellent|stellar|brilliant|fantastic|amazing|wonderful|terrific|superb|well\\s+done)\\s+(?:job|work|move|idea|call|going|one|thinking|stuff)\\b|^(?:great|nice|brilliant|well\\s+done)\\s*,|(?:another|yet\\s+another)\\s+(?:stellar|great|brilliant|fantastic|glorious|wonderful|fine|superb|outstanding|impressive)\\s+(?:${W}\\s+)?(?:release|deploy|deployment|outage|change|day|week|rollout|performance|effort|showing|display|outing|call|decision|idea|move)|apparently\\s+[^.]{0,50}?(?:optional|too\\s+much\\s+to\\s+ask|decoration|beneath|for\\s+the\\s+weak|overrated)|too\\s+much\\s+to\\s+ask|who\\s+needs\\s+(?:${W}\\s+){1,4}(?:when|anyway)|surprise,?\\s+surprise|big\\s+surprise|what\\s+a\\s+surprise|of\\s+course\\s+(?:ꝑ+|he|she|they|nobody|no\\s+one|the\\s+on-?call)|because\\s+why\\s+not|as\\s+usual,?\\s+(?:the|ꝑ+|he|she|they|nobody|our)|once\\s+again,?\\s+our|(?:our|the)\\s+(?:genius|resident\\s+expert|hero|rockstar|wizard|star)\\b|the\\s+hero\\s+we\\s+deserve|kudos\\s+to\\s+[^.]{0,60}?(?:outage|self-inflicted|breaking|downtime)|self-inflicted|well\\s+done\\s+to\\s+whoever|somehow\\s+managed\\s+to|thanks?(?:\\s+you)?,?\\s+(?:ꝑ+|team|everyone),?\\s+for\\s+(?:the\\s+)?(?:[\\p{N}\\p{L}-]+\\s+)?(?:(?:hours?|minutes?|days?)\\s+of\\s+)?(?:downtime|outage|the\\s+outage|testing\\s+in\\s+production|breaking|three|two|four)|so\\s+the\\s+rest\\s+of\\s+us\\s+don't\\s+have\\s+to|is\\s+for\\s+(?:people\\s+with\\s+time|the\\s+weak|losers)|yet\\s+again,?\\s+(?:someone|somebody|ꝑ+|the)|just\\s+decoration|nowhere\\s+to\\s+be\\s+found|i\\s+guess\\s+[^.]{0,40}was\\s+too\\s+much`,
    ),
    accept: ({ s, start }) => ({ plan: askWhatTheySaw(s, start) }),
  },

  // --- hindsight
  {
    rule: 'hindsight',
    re: re(
      `all\\s+(?:he|she|they|you|we|ꝑ+|the\\s+${W}|someone|anyone)\\s+(?:had|needed|has|needs|have|need)\\s+to\\s+do\\s+(?:was|is)\\s+(?<vp>${W})|the\\s+only\\s+thing\\s+(?:ꝑ+|he|she|they|we|the\\s+${W})\\s+(?:had|needed)\\s+to\\s+do\\s+(?:was|is)\\s+(?<vp2>${W})|(?:(?:only|simply|just)\\s+(?:had|needed)|(?:had|needed)\\s+(?:only|simply|just|merely))\\s+to\\s+(?<vp3>${W})|simply\\s+a\\s+matter\\s+of\\s+(?<vp4>${W})|(?:could|should|would|might)(?:n't)?\\s*(?:\\s|')(?:have|ve)\\s+(?:just|simply)\\s+(?<vp5>${W})|plain\\s+as\\s+day|(?:it\\s+)?would\\s+have\\s+taken\\s+(?:(?:${P}|him|her|them|someone|anyone|the\\s+${W})\\s+)?(?:(?:only|just|all\\s+of|maybe|about)\\s+)?(?:a|one|two|five|ten|thirty|\\d+|a\\s+few|a\\s+couple\\s+of)\\s+(?:seconds?|minutes?)\\s+to|had\\s+(?:every|plenty\\s+of|ample|all\\s+the)\\s+(?:chance|opportunity|time|warning|information)\\s+to|(?:would|should|could)\\s+have\\s+been\\s+(?:so\\s+)?(?:easy|trivial|simple)\\s+(?:to|for)|right\\s+there\\s+(?:in|on)\\s+(?:the|front)|for\\s+anyone\\s+who\\s+(?:looked|bothered|cared|checked|read)|no-?brainer|any\\s+fool|a\\s+(?:two|five|ten|one|single|quick)(?:-second)?\\s+(?:second\\s+)?glance|(?<adv>obviously)|(?:should|would)\\s+have\\s+been\\s+(?:obvious|clear)|(?:was|is|were|seemed|seems)\\s+(?:so\\s+|quite\\s+|very\\s+|pretty\\s+|totally\\s+|perfectly\\s+|glaringly\\s+)?obvious|chose\\s+not\\s+to\\s+see|(?:was|is)\\s+trivial|^clearly,?\\s+(?!we\\b|our\\b|this\\b|it\\b|there\\b)`,
    ),
    accept: ({ s, m, start, end }) => {
      if (m.groups?.adv) {
        if (s.negatedBefore(start)) return false;
        const next = /^,?\s*/.exec(s.masked.slice(end))?.[0].length ?? 0;
        return { plan: { kind: 'remove', span: { start, end: end + next } } };
      }
      if (/^clearly/.test(m[0])) return { end: start + 'clearly'.length, plan: { kind: 'remove', span: { start, end } } };
      const vp = m.groups?.vp ?? m.groups?.vp2 ?? m.groups?.vp3 ?? m.groups?.vp4 ?? m.groups?.vp5;
      if (vp) {
        const vpAt = groupEnd(m, m.groups?.vp ? 'vp' : m.groups?.vp2 ? 'vp2' : m.groups?.vp3 ? 'vp3' : m.groups?.vp4 ? 'vp4' : 'vp5', s.span.start) - vp.length;
        const rest = restOfClause(s, vpAt + vp.length);
        const gerund = /ing$/.test(vp) ? vp : makeGerund(findBase(vp));
        return { plan: question(`What made ${gerund}${rest ? ` ${neutralise(rest)}` : ''} hard to see at the time?`) };
      }
      return { plan: question('What made this hard to see at the time?') };
    },
  },
  // --- word classes with the sentence model: a person, role or team + a harmful action, inaction or slowness
  {
    // "Bob took the cluster offline", "the intern clobbered the config", "Kenji ran the script against production".
    rule: 'person-as-cause',
    needsHuman: true,
    re: re(`(?<strong>${HARM_VERBS_STRONG.replace(/W/g, WS)})|(?<weak>${HARM_VERBS_WEAK})(?![\\p{L}-])|(?<destructive>${HARM_VERBS_DESTRUCTIVE}|(?:decided|chose|opted)\\s+to\\s+(?:test|run|try|drop|delete|wipe|restart|reboot|purge|truncate))(?![\\p{L}-])`),
    accept: ({ s, m, start, end }) => {
      // A gerund ("…, taking every region offline") continues the previous clause: its subject is that clause's.
      const gerund = /^(?:taking|bringing|knocking)\b/.test(m[0]);
      const subject = s.subjectAt(gerund ? Math.max(s.span.start, start - 2) : start);
      // A person's change or command as the subject of a harm that needs no cue ("Lena's change took the gateway offline").
      const owned = subject.possessor && Boolean(m.groups?.strong) && /\b(?:change|changes|deploy|commit|script|command|config|patch|fix|migration|rollout|pr|decision|typo|query|edit|push|merge|release|update|cleanup|refactor|refactoring)$/.test(s.masked.slice(subject.span.start, subject.span.end));
      if (!(isHuman(subject.kind) || owned) || (subject.possessor && !owned) || (!gerund && !isMainVerb(s, subject, start))) return false;
      // The plan or purpose is looked for around the match, not in it ("managed to delete" is no purpose).
      if (HARM_EXEMPT_RE.test(`${s.masked.slice(s.span.start, start)} … ${s.masked.slice(end, s.span.end)}`) || explainedBySystem(s, end)) return false;
      const after = s.masked.slice(end, s.span.end);
      if (m.groups?.weak && !HARM_CUE_RE.test(after) && !(SHIPPING_VERBS.test(m[0]) && DEFECT_CUE_RE.test(after))) return false;
      if (m.groups?.destructive && !HARM_CUE_RE.test(after) && !DESTRUCTIVE_CUE_RE.test(after)) return false;
      const verb = m[0].split(/\s+/)[0] as string;
      if (REMEDIAL_OBJECT.test(after) && (m.groups?.destructive || /^(?:overwrote|erased|nuked|trashed|clobbered|blew)$/.test(verb))) return false;
      return { start: !gerund && subject.span.start < start ? subject.span.start : start, plan: askReasonable(s, start, verb, start + verb.length, 'look reasonable at the time') };
    },
  },
  {
    // Absence, slowness and leaving things: "went back to sleep", "was nowhere near his laptop", "took her time",
    // "let the disk fill up", "left maintenance mode switched on for the weekend", "kept the incident to himself".
    rule: 'person-as-cause',
    needsHuman: true,
    re: re(
      `went\\s+(?:back\\s+to\\s+(?:sleep|bed)|to\\s+(?:sleep|bed|lunch)|silent|missing|awol|dark|home(?=\\s+(?:early|after|and|with|while|at|for|in\\s+the\\s+middle|during|mid|,|\\.|$)))|(?:was|were)\\s+nowhere\\s+(?:near|to\\s+be\\s+(?:seen|found)|in\\s+sight)|took\\s+(?:his|her|their|my|your)\\s+(?:sweet\\s+)?time|(?:stalled|dawdled|dithered|procrastinated|faffed|loitered|idled)(?![\\p{L}-])|kept\\s+(?:it|this|that|quiet|the\\s+(?:${WS}\\s+){0,2}?${WS})\\s+(?:to\\s+(?:himself|herself|themselves|themself)|quiet|secret|hidden)|kept\\s+quiet|kept\\s+(?:${WS}\\s+){1,4}?(?:out\\s+of\\s+the\\s+loop|in\\s+the\\s+dark)|left\\s+(?:${WS}\\s+){1,3}?out\\s+of\\s+the\\s+loop|(?:is|are|was|were|keeps?|kept)\\s+(?:always\\s+|constantly\\s+|forever\\s+|continually\\s+)?(?:breaking|wrecking|trashing|nuking|clobbering)|(?:started|began|went\\s+around)\\s+(?:deleting|killing|restarting|dropping|removing|wiping|changing|rebooting)\\s+(?:things|stuff|everything|random)|walked\\s+away|wandered\\s+off|logged\\s+off|carried\\s+on\\s+with|sat\\s+(?:around|idle|back)|let\\s+(?:the\\s+|a\\s+|his\\s+|her\\s+|their\\s+|our\\s+)?(?:${WS}\\s+){0,2}(?:fill\\s+up|fill|run\\s+out|pile\\s+up|back\\s+up|build\\s+up|overflow|balloon|grow|go\\s+stale|go\\s+unanswered|run\\s+dry|die|rot|crash|drift|time\\s+out|burn|burn\\s+down|slip)|left\\s+(?:the\\s+|a\\s+|his\\s+|her\\s+|their\\s+)?(?:${WS}\\s+){0,3}?(?:unanswered|unattended|unmonitored|unpatched|unread|switched\\s+on|turned\\s+on|on\\s+in\\s+(?:production|prod)|(?:on|enabled|running|open|exposed|unlocked)\\b[^.;]{0,30}?\\bfor\\s+(?:the\\s+(?:entire|whole)|an?\\s+(?:entire\\s+|whole\\s+)?(?:month|week|weekend)|months|weeks|days))|(?:far|way|much)\\s+too\\s+(?:late|slowly|long)|took\\s+(?:(?:over|more\\s+than|almost|nearly|about)\\s+)?(?:${WS}\\s+){1,2}to\\s+even\\s+${WS}|(?:spent|took|went|was|were|had|enjoyed)\\s+[^.;]{0,40}?\\b(?:lunch|dinner|coffee|a\\s+break|drinks|the\\s+gym|vacation|holiday|a\\s+nap|napping|gaming|chatting|shopping)\\b[^.;]{0,20}?\\bwhile\\s+(?:the\\s+)?(?:${WS}\\s+)?(?:site|service|system|app|api|cluster|database|checkout|production|prod|everything)\\s+(?:was|were)\\s+(?:down|on\\s+fire|burning|broken|offline|failing)|stopped\\s+(?:answering|responding|replying|checking|reading|looking|watching|monitoring|paying\\s+attention)|(?:disappeared|vanished|ghosted)(?![\\p{L}-])|went\\s+radio\\s+silent|dropped\\s+off\\s+the\\s+(?:call|bridge|radar)|busy\\s+(?:watching|playing|gaming|chatting|shopping|eating|drinking|browsing|scrolling|partying)|kept\\s+(?:hammering|mashing|bouncing|poking|clicking|guessing|flailing|fiddling|tinkering)|(?:hid|concealed|buried|covered\\s+up)(?![\\p{L}-])`,
    ),
    accept: ({ s, m, start }) => {
      const subject = s.subjectAt(start);
      if (!isHuman(subject.kind) || subject.possessor) return false;
      if (explainedBySystem(s, start + m[0].length) || ROUTINE_LEAVING_RE.test(s.masked.slice(start, s.span.end))) return false;
      const verb = m[0].split(/\s+/)[0] as string;
      const plan = verb === 'was' || verb === 'were' ? question(`What kept ${neutralise(subjectWords(s, subject))} from being reachable at that point?`) : askReasonable(s, start, verb, start + verb.length, 'look reasonable at the time');
      return { start: subject.span.start < start ? subject.span.start : start, plan };
    },
  },
  {
    // Verdicts on a person or team: "the platform team is useless", "ops let us down", "QA failed us", "threw us under the bus".
    rule: 'person-as-cause',
    needsHuman: true,
    re: re(`(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:(?:completely|totally|utterly|just|simply|always|so|really|pretty|absolutely|basically)\\s+)?(?:useless|hopeless|worthless|a\\s+joke|a\\s+bottleneck|the\\s+bottleneck|unresponsive|missing\\s+in\\s+action|awol|mia|checked\\s+out|a\\s+black\\s+hole|no\\s+help(?:\\s+at\\s+all)?|unreachable|not\\s+reachable)\\b|(?:could\\s+not|couldn't|can't|cannot|could\\s+never)\\s+be\\s+(?:reached|contacted|found|raised|woken|woken\\s+up|bothered)\\b|(?:let|lets|letting)\\s+(?:us|everyone|everybody|the\\s+(?:whole\\s+)?(?:team|company|customers))\\s+down|failed\\s+(?:us|everyone|everybody|our\\s+customers|the\\s+customers)\\b|left\\s+(?:us|everyone|everybody|the\\s+${WS}(?:\\s+team)?)\\s+(?:hanging|in\\s+the\\s+lurch|high\\s+and\\s+dry|holding\\s+the\\s+bag|to\\s+(?:clean|pick|deal))|hung\\s+(?:us|${WS}|the\\s+${WS})\\s+out\\s+to\\s+dry|threw\\s+(?:us|${WS}|the\\s+${WS}(?:\\s+team)?)\\s+under\\s+the\\s+bus`),
    accept: ({ s, start }) => {
      const subject = s.subjectAt(start);
      if (!isHuman(subject.kind) || subject.possessor) return false;
      return { start: subject.span.start < start ? subject.span.start : start, plan: question(`What did ${neutralise(subjectWords(s, subject))} need at that point that they did not have?`) };
    },
  },
  {
    // Inaction that carries its own negation: "never showed up to the bridge", "refused to roll back".
    rule: 'person-as-cause',
    needsHuman: true,
    re: re(`never\\s+(?:reads|checks|tests|looks|follows|answers|listens|asks|reviews|updates|documents|escalates|replies|responds)|never\\s+(?:showed|turned)\\s+up|never\\s+(?!(?:received|got|saw|heard|knew|had|was|were|needed|intended|meant|expected|imagined|happened|existed|fired|ran|worked|reached|arrived|left|stopped|failed|lost)\\b)(?:[\\p{L}-]+ed|wrote|told|sent|read|ran|made|took|gave|said|spoke|forwarded|passed\\s+on)\\b|never\\s+(?:came\\s+back|joined|replied|acknowledged|responded|picked\\s+up|called\\s+back|got\\s+back|logged\\s+in)|refused\\s+to\\s+${WS}`),
    ownNegation: true,
    accept: ({ s, m, start, end }) => {
      if (/^refused/.test(m[0]) && s.negatedBefore(start)) return false;
      // "they were never committed": a passive, not someone's inaction.
      if (/\b(?:was|were|been|be|is|are)\s+$/.test(s.masked.slice(s.span.start, start))) return false;
      const subject = s.subjectAt(start);
      if (!isHuman(subject.kind) || subject.possessor) return false;
      if (explainedBySystem(s, end)) return false;
      const rest = restOfClause(s, start).replace(/^\S+\s+/, '');
      return { start: subject.span.start < start ? subject.span.start : start, plan: question(`What made ${rest ? `${neutralise(rest)} ` : 'this '}hard at that point?`) };
    },
  },
  {
    // A passive with a person as agent, harmful verbs by class: "was clobbered by @dave", "was sat on by the on-call".
    rule: 'passive-agent',
    needsHuman: true,
    re: re(`(?:was|were|got|been|is|are)\\s+(?:${ADV}\\s+)*(?<verb>clobbered|overwritten|flooded|nuked|trashed|wrecked|erased|truncated|hosed|ruined|sabotaged|mangled|knocked\\s+(?:over|out|offline)|taken\\s+(?:offline|off-line|out(?!\\s+of))|brought\\s+to\\s+(?:its|their)\\s+knees|blown\\s+away|locked\\s+out|waved\\s+(?:away|off|through)|(?:rammed|forced|railroaded|steamrolled|pushed)\\s+through|sat\\s+on|left\\s+(?:unanswered|unattended|unread|open|on|running|broken)|${WS}ed\\s+(?:far\\s+|way\\s+|much\\s+)?too\\s+(?:late|slowly|early))(?<gap>(?:\\s+(?!by\\b)${WS}){0,5}?)\\s+by\\s+`),
    accept: ({ s, m, start, end }) => {
      const agent = s.phraseAfter(end);
      if (!(isHuman(agent.kind) || agent.possessor)) return false;
      if (HARM_EXEMPT_RE.test(s.masked.slice(end, s.span.end))) return false;
      const subject = s.subjectAt(start);
      const subj = subject.kind !== 'none' ? subjectWords(s, subject) : 'this';
      const part = (m.groups?.verb ?? '').replace(/\s+/g, ' ');
      return { start: subject.kind !== 'none' && subject.span.start < start ? subject.span.start : start, end: agent.span.end, plan: question(`What made it possible for ${subj} to be ${part.replace(/\s+too\s+\S+$/, '')} that way?`) };
    },
  },
  {
    // Any passive with a person as agent when the subject is the harm ("the outage was triggered by Sam") or the
    // sentence carries a cue of harm ("the cache was flushed by the on-call engineer without warning").
    rule: 'passive-agent',
    needsHuman: true,
    re: re(`(?:was|were|got|been)\\s+(?:${ADV}\\s+)*(?<verb>${WS})(?<gap>(?:\\s+(?!by\\b)${WS}){0,4}?)\\s+by\\s+`),
    accept: ({ s, m, start, end }) => {
      const verb = m.groups?.verb ?? '';
      if (!isParticiple(verb) || RESPONSE_PARTICIPLES.test(verb)) return false;
      const agent = agentAfter(s, end);
      if (!(isHuman(agent.kind) || agent.possessor) || agent.kind === 'we') return false;
      const subject = s.subjectAt(start);
      const head = s.masked.slice(subject.span.start, subject.span.end).split(/\s+/).at(-1) ?? '';
      const after = s.masked.slice(end, s.span.end);
      const valuable = DESTROYED_PARTICIPLES.test(verb) && VALUABLE_NOUNS.test(head) && !REMEDIAL_OBJECT.test(` the ${s.masked.slice(subject.span.start, subject.span.end)}`);
      if (!(OUTCOME_NOUNS.test(head) || valuable || HARM_CUE_RE.test(after)) || HARM_EXEMPT_RE.test(after)) return false;
      const subj = subject.kind !== 'none' ? subjectWords(s, subject) : 'this';
      return { start: subject.kind !== 'none' && subject.span.start < start ? subject.span.start : start, end: agent.span.end, plan: question(`What made it possible for ${subj} to be ${verb} that way?`) };
    },
  },
  {
    // A person as the cause after a causal preposition: "lost because of Grace", "the outage was down to Will".
    rule: 'passive-agent',
    needsHuman: true,
    re: re(`(?:because\\s+of|due\\s+to|down\\s+to|courtesy\\s+of|owing\\s+to)\\s+`),
    accept: ({ s, end }) => {
      const agent = agentAfter(s, end);
      if (!(isHuman(agent.kind) || agent.possessor) || agent.kind === 'we') return false;
      if (/^(?:one|an?)\s/.test(s.masked.slice(agent.span.start, agent.span.end))) return false;
      // "due to the on-call engineer being paged twice": the cause is their situation, not the person.
      if (/^\s+(?:\S+\s+)?[\p{L}]+ing\b/u.test(s.masked.slice(agent.span.end, agent.span.end + 30))) return false;
      return { end: agent.span.end, plan: question('Which conditions made this possible, and what would stop it happening to the next person?') };
    },
  },
  {
    // Incompetence idioms, near misses of the care words: "not cut out for on-call", "out of her league", "too green
    // to be trusted", "played fast and loose", "a slapdash job", "a walking outage", "can't be trusted".
    rule: 'careless',
    needsHuman: true,
    re: re(
      `not\\s+(?:cut\\s+out|fit|competent|qualified|capable|equipped|suited|ready|trustworthy)\\s+(?:for|to|enough)|(?:had|has|have)\\s+no\\s+(?:idea|clue)\\s+(?:what|how)|(?:did${NT}|does${NT}|do${NT})\\s+have\\s+(?:a|the\\s+(?:first|faintest|slightest))\\s+(?:clue|idea)|(?:had|has)\\s+no\\s+clue|not\\s+a\\s+clue|out\\s+of\\s+(?:his|her|their|my|your)\\s+(?:league|element)|asleep\\s+at\\s+the\\s+(?:switch|helm|keyboard)|half\\s+asleep|(?:too|far\\s+too|way\\s+too)\\s+(?:green|junior|inexperienced|new|careless)\\s+to|amateur(?:ish)?\\s+(?:move|mistake|work|job|stuff|errors?)|half-hearted(?:ly)?|slapdash|shoddy|shoddily|haphazard(?:ly)?|lackadaisical|ham-fisted|cack-handed|butter-fingered|inept(?:itude)?|fast\\s+and\\s+loose|wing(?:s|ing|ed)?\\s+(?:it|the|this|that)|cowboy(?:ed|ing|s)?|too\\s+busy\\s+(?:\\S+\\s+){0,3}?to\\s+(?:notice|check|look|answer|respond|read|care|reply|test|review|see)|cut(?:ting)?\\s+(?:every|all\\s+the|a\\s+few|so\\s+many|too\\s+many|a\\s+lot\\s+of)\\s+corners?|(?:a\\s+)?(?:total\\s+|complete\\s+|utter\\s+|blatant\\s+)?disregard\\s+for|(?:can't|cannot|can\\s+not|couldn't|could\\s+not|can\\s+no\\s+longer)\\s+be\\s+trusted|walking\\s+(?:outage|disaster|liability|incident|time\\s+bomb)|(?:can't|cannot|couldn't|never)\\s+(?:seem\\s+to\\s+)?gets?\\s+(?:${WS}\\s+){0,3}?right|(?:habit|history|track\\s+record|knack)\\s+of\\s+(?:breaking|deleting|ignoring|skipping|forgetting|pushing|taking)|(?:treated|treats|treating|treat)\\s+(?:${WS}\\s+){1,3}?(?:as|like)\\s+(?:an?\\s+)?(?:optional|a\\s+suggestion|suggestions|a\\s+formality|decoration)|went\\s+rogue|going\\s+rogue|panicked|hop(?:ed|ing)\\s+for\\s+the\\s+best|crossed\\s+(?:his|her|their)\\s+fingers|(?:is|was|are|were)\\s+(?:a|an)\\s+(?:absolute\\s+|total\\s+|complete\\s+|real\\s+)?(?:menace|hazard|danger|disaster|liability)|(?:could\\s+not|couldn't|can't|cannot)\\s+handle\\s+(?:the\\s+)?(?:pressure|it|job|on-?call|stress|responsibility)|(?:did|does|doing|do)\\s+the\\s+bare\\s+minimum|(?:chose|put|prioriti[sz]ed|valued|picked)\\s+(?:${WS}\\s+){1,3}?over\\s+(?:safety|quality|stability|correctness|testing|process|reliability|the\\s+customers?)|(?:blindly|hastily|thoughtlessly|mindlessly|cavalierly|blithely|lazily|haphazardly)|failed\\s+(?:miserably|spectacularly|utterly)|out\\s+to\\s+lunch|never\\s+heard\\s+of|(?:took|takes|taking)\\s+(?:his|her|their|my)\\s+eyes?\\s+off|(?:threw|thrown|throw|throwing|tossed)\\s+(?:${WS}\\s+){0,3}?over\\s+the\\s+wall|(?:knew|knows)\\s+better\\s+than|thought\\s+it\\s+was\\s+(?:fine|ok|okay|a\\s+good\\s+idea|smart|clever|acceptable)\\s+to|freaked\\s+out|lost\\s+(?:his|her|their|my)\\s+(?:head|cool|nerve)`,
    ),
    ownNegation: true,
    accept: ({ s, m, start }) => {
      const own = /^(?:not|did|does|do|can|cannot|could|couldn|had|has|have)/.test(m[0]);
      if (!own && s.negatedBefore(start)) return false;
      const subject = s.subjectAt(start);
      const before = s.masked.slice(Math.max(s.span.start, start - 40), start);
      const owned = /(?:ꝑ+|\b(?:his|her|their)|\b\S+'s)\s+(?:\S+\s+)?$/.test(before);
      if (!(isHuman(subject.kind) || owned || /\bby\s+(?:the\s+)?\S+/.test(s.masked.slice(start, s.span.end)))) return false;
      return { plan: askWhatTheySaw(s, start) };
    },
  },
  {
    // Motives nobody can know: self-interest ("to protect her promotion", "to make her numbers look better", "to get
    // paid sooner", "just to get it off his plate"), hiding ("so that nobody would look"), fatigue ("sick of").
    rule: 'motive',
    re: re(
      `to\\s+(?:make|keep|get)\\s+(?:his|her|their|my)\\s+(?:${WS}\\s+)?(?:numbers|metrics|stats|figures|record|velocity|bonus|review|dashboard|week|weekend|evening|night|life)|to\\s+(?:protect|save|secure|pad|boost|polish|guard|help)\\s+(?:his|her|their|my)\\s+(?:own\\s+)?(?:promotion|bonus|reputation|job|record|image|stats|numbers|position|standing|career|review)|to\\s+impress|to\\s+get\\s+paid|off\\s+(?:his|her|their|my)\\s+(?:plate|desk|list|back)|so\\s+(?:that\\s+)?(?:nobody|no\\s+one|no-one|none\\s+of\\s+us)\\s+would|(?:because|since|as)\\s+(?:he|she|they|ꝑ+)\\s+(?:was|were)\\s+(?:tired|sick|bored|fed\\s+up|annoyed|impatient|irritated|sleepy)|(?:tired|sick|fed\\s+up)\\s+of\\s+(?:being|arguing|waiting|getting|the\\s+pages)|wanted\\s+to\\s+be\\s+the\\s+(?:one|hero|person)|to\\s+(?:get|go)\\s+(?:home|out)\\s+(?:early|sooner|on\\s+time)|(?<=\\b(?:so|to|because|since)\\b[^.;]{0,40})(?:his|her|their)\\s+(?:own\\s+)?(?:bonus|promotion|okrs?|quarterly\\s+(?:goals?|targets?|numbers))\\b|to\\s+(?:speed\\s+up|unblock|finish|ship|make|get|keep|push)\\s+(?:his|her)\\s+(?:own\\s+)?[\\p{L}-]+|(?:only|just)\\s+cared\\s+about|cared\\s+more\\s+about|cares\\s+(?:only|more)\\s+about|wanted\\s+(?:the|all\\s+the)\\s+credit|(?:grab|get|claim)\\s+(?:the|all\\s+the)\\s+credit|annoying\\s+(?:him|her|them)`,
    ),
    ownNegation: true,
    accept: ({ s, start }) => ({ plan: askWhatTheySaw(s, start) }),
  },
  {
    // Sarcasm frames: praise for a bad outcome ("Thanks to Bob for the outage", "Hats off to the on-call for sleeping
    // through it"), mock praise ("another flawless Friday deploy", "our resident wizard", "a truly inspired decision").
    rule: 'sarcasm',
    re: re(
      `(?:thanks|thank\\s+you|cheers|many\\s+thanks|big\\s+thanks|hat\\s+tip|hats\\s+off|kudos|well\\s+done|nice\\s+work|great\\s+(?:job|work)|good\\s+job|congrats|congratulations|props|shout-?out|top\\s+marks|gold\\s+star|bravo|applause|a\\s+medal)(?:\\s+(?:a\\s+lot|so\\s+much|again|very\\s+much|a\\s+bunch))?(?:\\s+(?:goes|go))?(?:\\s+to\\s+|\\s*,\\s*)[^.;!?]{1,60}?\\b(?:for|on|who)\\s+(?<what>[^.;!?]{1,80})|thanks\\s+to\\s+(?:ꝑ+|(?:the|our)\\s+(?:${WS}\\s+)?(?<thanked>${WS}))\\s*,\\s*(?<outcome>[^.;!?]{1,80})|(?:another|yet\\s+another)\\s+(?:masterpiece|triumph|gem|winner|classic|success\\s+story|work\\s+of\\s+art)\\s+(?:from|by|courtesy\\s+of)|^(?:(?:it\\s+was|how)\\s+)?(?:nice|good|kind|thoughtful|considerate|sweet|generous)\\s+of\\s+[^.;!?]{1,40}?\\s+to\\s+|(?:were|was|is|are)\\s+for\\s+other\\s+people|(?:someone|somebody)\\s+else's\\s+(?:job|problem)|stroke\\s+of\\s+genius|,?\\s+and\\s+it\\s+shows|got\\s+to\\s+enjoy|enjoy(?:ed)?\\s+(?:a|an|the)\\s+(?:${WS}\\s+)?(?:day|night|weekend|morning|evening|afternoon)\\s+(?:without|of)|^leave\\s+it\\s+to\\s+|in\\s+(?:his|her|their|your)\\s+infinite\\s+wisdom|way\\s+to\\s+go|nice\\s+going|good\\s+going|smooth\\s+move|real\\s+smooth|bang-up\\s+job|(?:another|yet\\s+another)\\s+(?:flawless|perfect|spotless|textbook|classic|stellar|great|brilliant|fantastic|glorious|wonderful|fine|smooth|magnificent)\\s+(?:${WS}\\s+){0,2}(?:release|deploy|deployment|outage|change|rollout|migration|weekend|friday|night)|(?:our|the|your)\\s+resident\\s+(?:${WS}\\s+){0,2}(?:genius|expert|wizard|guru|hero|rockstar|ninja|mastermind)|(?:our|the)\\s+(?:${WS}\\s+)?(?:guru|ninja|mastermind|wizard|genius)\\b|(?:our|the|your)\\s+(?:brilliant|genius|so-called|self-proclaimed|esteemed|fearless|legendary)\\s+(?<role>${WS})(?:\\s+(?<role2>${WS}))?|^who\\s+knew|(?:always|usually)\\s+works?\\s+out\\s+(?:so\\s+)?(?:well|great)|what\\s+could\\s+(?:possibly\\s+)?go\\s+wrong|(?:truly\\s+|really\\s+)?inspired\\s+(?:decision|choice|idea|move|plan)|that's\\s+one\\s+way\\s+to|(?:brilliant|genius|bright|great)\\s+(?:idea|plan|move|decision|call)\\s+to\\s+${WS}|struck\\s+again|nothing\\s+says\\s+[^.;!?]{1,40}?\\s+like|shocking,?\\s+i\\s+know|colou?r\\s+me\\s+(?:surprised|shocked)|who\\s+could\\s+(?:possibly\\s+)?have\\s+(?:guessed|predicted|seen\\s+that\\s+coming)|(?:did|does)\\s+it\\s+again|(?:good|great|lucky)\\s+thing\\s+[^.;!?]{1,40}?\\s+(?:was|were)\\s+(?:there|around|on\\s+call)|,\\s*right\\s*\\?$`,
    ),
    accept: ({ s, m, start }) => {
      if (m.groups?.what !== undefined) {
        const what = m.groups.what;
        if (!/\b(?:outage|downtime|incident|mess|surprise|fire|firefighting|sleepless|another|turning\s+off|disabling|silencing|muting|removing|killing|crashing|losing|corrupting|breaking|broke|break|deleting|deleted|delete|dropping|nuking|wiping|sleeping|skipping|ignoring|taking\s+\S+\s+down|(?:shipping|pushing|deploying|releasing|introducing|merging)\s+(?:\S+\s+)?(?:bugs?|regressions?|breakage)|page|pages|paging|again|(?:hours?|minutes?|days?)\s+of|in\s+\S+\s+seconds|on\s+(?:real\s+|our\s+|live\s+)?(?:customers|users|production|prod)|in\s+production)\b/.test(what)) return false;
      }
      const isGroup = (w: string | undefined) => w !== undefined && (ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, '')) || TEAM_NOUNS.has(w));
      if (m.groups?.role !== undefined && !isGroup(m.groups.role) && !isGroup(m.groups.role2)) return false;
      if (m.groups?.thanked !== undefined && !isGroup(m.groups.thanked)) return false;
      if (m.groups?.outcome !== undefined && !/\b(?:lost|down|outage|broke|broken|failed|missed|spent|woke|paged|downtime)\b/.test(m.groups.outcome)) return false;
      if (m.groups?.outcome !== undefined && /\b(?:no|not|nothing|never|none)\b|n't/.test(m.groups.outcome)) return false;
      if (/right\s*\?$/.test(m[0]) && !/^(?:because|sure|yeah|of\s+course)\b|\b(?:always|so\s+well|great\s+idea)\b/.test(s.body)) return false;
      return { plan: askWhatTheySaw(s, start) };
    },
  },
];

const IRREGULAR_PARTICIPLES = new Set('known done read paid taken seen run been made gone given kept left let put set sent spent thought told bothered heard held brought caught found got gotten written understood'.split(' '));

/** A past participle: a known irregular one, or a word ending in -ed. */
function isParticiple(word: string): boolean {
  return IRREGULAR_PARTICIPLES.has(word) || (word.length > 3 && /ed$/.test(word) && !/^(?:need|feed|seed|speed|bleed|red|bed)$/.test(word));
}

/** What the object of a causal verb did, for "What in the system let <object> <effect>?" ("broke checkout" → "break"). */
const CAUSAL_EFFECTS: Record<string, string> = {
  broke: 'break', caused: 'happen', 'took down': 'go down', 'brought down': 'go down', crashed: 'crash', wiped: 'be wiped',
  nuked: 'be deleted', trashed: 'break', wrecked: 'break', ruined: 'break', corrupted: 'be corrupted', sabotaged: 'break',
};

const PUNCT_START = /(?:^|[,;:—–]\s*|\b(?:and|but|because|so)\s+)$/;

/** The rules' detectors, for the checker (which applies the scopes). */
export function listDetectors(): readonly Detector[] {
  return DETECTORS;
}

export type { Detector, MatchContext };

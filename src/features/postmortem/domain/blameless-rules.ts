// The blame and hindsight phrases the checker flags, with why each matters and a blameless rewrite.

export type BlamelessRuleId =
  | 'human-error'
  | 'counterfactual'
  | 'failed-to'
  | 'forgot'
  | 'careless'
  | 'negligence'
  | 'blame'
  | 'didnt-bother'
  | 'hindsight'
  | 'root-cause-person'
  | 'person-as-cause'
  | 'mistake';

export interface BlamelessRule {
  id: BlamelessRuleId;
  /** Short name for lists and the docs: 'Human error'. */
  label: string;
  /** One sentence shown with the flagged words. */
  message: string;
  /** Why it matters, one or two sentences. */
  why: string;
  /** A suggested blameless rewrite pattern. */
  suggestion: string;
  /**
   * Regular-expression sources, matched case-insensitively with Unicode word boundaries added at both ends.
   * Placeholders: `{PERSON}` the people from the context (a pattern with it is skipped when there are none),
   * `{WHO}` a person, an @handle, "he" or "she", `{NAMED}` a person or an @handle, `{SUBJ}` any human subject (a person, a handle, a pronoun such as
   * "we" or "they", or a role such as "the engineer" / "the on-call"), `{ROLE}` a role noun phrase alone.
   */
  patterns: readonly string[];
  /** Phrases it flags, for the docs and the tests. */
  examples: readonly string[];
}

const AP = "['’]";
const NT = `(?:n${AP}?t|\\s+not)`;
/** "the engineer", "an on-call engineer", "the new hire", "our SRE", "the team". */
const ROLE =
  '(?:the|our|an?|one|that|this|their|any)\\s+(?:[\\p{L}-]+\\s+){0,2}' +
  '(?:engineers?|developers?|devs?|operators?|on-?call(?:\\s+engineers?)?|responders?|reviewers?|authors?|admins?|administrators?|sres?|dbas?|interns?|new\\s+hires?|contractors?|team(?:\\s+members?)?|employees?|individuals?|person|people|staff|humans?|incident\\s+commander|ic)' +
  '(?:\\s+on[\\s-]?(?:call|duty))?';
const PRONOUN = '(?:i|we|you|he|she|they|someone|somebody|nobody|no\\s+one|everyone)';

/** Verbs only a person does, so "failed to <verb>" is about a person even without a subject. */
const HUMAN_VERBS =
  '(?:notice|follow\\s+(?:the\\s+|our\\s+)?(?:runbook|process|procedure|checklist|playbook|instructions|guidelines|policy|protocol|steps)|check|test|review|consider|reali[sz]e|recogni[sz]e|escalate|communicate|double-check|pay\\s+attention|understand|anticipate|foresee|ask|think|heed|listen|coordinate|plan|act|care|look)';

/** After "could/would have": what a person might have done to prevent it (not "we would have lost more orders"). */
const PREVENTIVE =
  '(?:caught|noticed|known|prevented|avoided|stopped|checked|tested|restarted|rebooted|reali[sz]ed|spotted|found|detected|rolled\\s+back|reverted|asked|escalated|read|looked|followed|reviewed|waited|done|acted|been\\s+more|double-checked|verified|seen\\s+(?:it|this|that|the\\s+(?:warning|alert|error|problem|signs?)))';

/** After "should have": a system's expected behaviour ("the alert should have fired"), which is not blame. */
const SYSTEM_VERBS =
  'fired|triggered|alerted|returned|rejected|retried|timed\\s+out|scaled|failed\\s+over|kicked\\s+in|blocked|throttled|expired|rotated|synced|replicated|been\\s+(?:rejected|blocked|throttled|retried|cached|evicted|routed)';

/** Harmful outcome verbs after a person: "Alice broke", "@bob took down". */
const CAUSE_VERBS =
  '(?:broke|caused|introduced\\s+(?:the|a|this)\\s+(?:bug|regression|outage|incident|issue|problem|error)|messed\\s+up|screwed\\s+up|took\\s+down|brought\\s+down|crashed|botched|borked|nuked|wiped|deleted\\s+(?:the\\s+)?prod(?:uction)?|(?:pushed|deployed|merged|shipped)\\s+(?:a|the)\\s+(?:bad|broken|faulty|wrong)|made\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+)?(?:mistake|error|blunder)|was\\s+responsible\\s+for\\s+(?:the\\s+|this\\s+)?(?:outage|incident|failure|breakage|downtime|problem))';

/** Omissions after a person: "Alice didn't check", "Bob never tested". */
const OMISSION =
  `(?:did${NT}\\s+(?:check|test|review|notice|follow|read|verify|validate|look|ask|wait|think|escalate|reali[sz]e|run|double-check|care)|never\\s+(?:checked|tested|reviewed|noticed|followed|read|verified|looked|asked)|neglected|ignored|overlooked|missed\\s+(?:the|a|an)\\s+(?:alert|page|warning|step|check|error|problem|signs?))`;

/** Nouns of personal fault after a possessive: "Alice's mistake", "her carelessness". */
const FAULT_NOUNS =
  '(?:mistake|fault|error|blunder|screw-?up|carelessness|negligence|oversight|incompetence|bad\\s+(?:change|deploy|push|commit|config|merge))';

/** Actions after "because <name>" that make the person the cause. */
const BECAUSE_ACTIONS =
  `(?:deployed|pushed|merged|changed|ran|typed|entered|set|configured|edited|deleted|removed|dropped|approved|skipped|ignored|missed|forgot|did${NT}|never|was\\s+(?:careless|tired|distracted|rushing|rushed|sloppy|not)|had${NT}|made|broke|caused|clicked|mistyped|misconfigured|rushed)`;

/**
 * `word`, unless a negation comes up to three words before it: "we do not blame", "no one is at fault". The
 * look-behind sits after the word so it only runs where the word matched (in front, it would run at every position).
 */
function notNegated(word: string): string {
  return `${word}(?<!(?<![\\p{L}\\p{N}_])(?:not|never|no|nobody|without|avoid|avoids|avoiding|[\\p{L}]*n${AP}t)\\s+(?:[\\p{L}'’-]+\\s+){0,3}${word})`;
}

/**
 * The rules, checked in this order. Decision on "failed to": a system failing is a fact, not blame, so
 * "the deploy failed to complete" is not flagged; "failed to" is flagged when a person is its subject (a name,
 * handle, pronoun or role such as "the engineer") or when the verb after it is something only a person does
 * ("failed to notice", "failed to follow the runbook").
 */
export const BLAMELESS_RULES: readonly BlamelessRule[] = [
  {
    id: 'human-error',
    label: 'Human error',
    message: '"Human error" ends the analysis where it should begin.',
    why: '"Human error" is where an investigation should start, not where it ends: it hides the conditions — tooling, defaults, time pressure — that made the action reasonable at the time.',
    suggestion: 'Describe the action and what made it easy to take: "The command ran against production because both environments use the same prompt."',
    patterns: [
      '(?:human|operator|engineer|developer|pilot|personnel)(?:\\s+|-)(?:errors?|mistakes?|failures?)',
      'fat[\\s-]?finger(?:ed|ing|s)?',
      'pebkac',
      'layer[\\s-]?8\\s+(?:issue|problem|error)',
    ],
    examples: ['human error', 'operator error', 'fat-fingered', 'PEBKAC'],
  },
  {
    id: 'counterfactual',
    label: 'Should have / could have',
    message: 'Counterfactuals judge past actions with knowledge people did not have then.',
    why: 'Counterfactuals compare people with a world that did not happen, using knowledge they did not have at the time. They explain nothing about why the actions made sense then.',
    suggestion: 'Say what happened and why it made sense at the time: "The dashboard did not show the pool limit, so the change looked safe."',
    patterns: [
      `should(?:${NT})?\\s+have(?!\\s+(?:${SYSTEM_VERBS}))`,
      `should(?:n${AP}?t)?${AP}ve`,
      'ought\\s+to\\s+have',
      `{SUBJ}\\s+should(?:${NT})?\\s+have`,
      `{SUBJ}\\s+should(?:n${AP}?t)?${AP}ve`,
      `{SUBJ}\\s+(?:really\\s+|easily\\s+|simply\\s+|just\\s+|surely\\s+)?(?:could|would|might)(?:${NT}\\s+have|\\s+have|(?:n${AP}?t)?${AP}ve)\\s+(?:(?:easily|just|simply|quickly|already|at\\s+least|probably)\\s+)?${PREVENTIVE}`,
      'if\\s+only',
      'if\\s+{SUBJ}\\s+had\\s+(?:just\\s+|only\\s+|simply\\s+)?(?:checked|tested|read|looked|followed|paid|noticed|asked|reviewed|waited|double-checked|known|listened)',
      'could\\s+(?:easily\\s+)?have\\s+been\\s+(?:avoided|prevented|caught)',
      '(?:was|is|were)\\s+(?:entirely\\s+|completely\\s+|easily\\s+|totally\\s+)?(?:avoidable|preventable)',
    ],
    examples: ['should have', "should've", 'we could have caught', 'if only', 'could have been avoided', 'was entirely avoidable'],
  },
  {
    id: 'failed-to',
    label: 'Failed to (a person)',
    message: '"Failed to" frames what a person did as a shortcoming.',
    why: '"Failed to" about a person frames an action as a personal shortcoming. Describing what the person saw and did shows where the system could have helped them.',
    suggestion: 'Describe what happened and why: "The runbook step was not run; it sits on a page the alert does not link to."',
    patterns: [
      '{SUBJ}\\s+(?:also\\s+|again\\s+|repeatedly\\s+|completely\\s+|simply\\s+|just\\s+|then\\s+)?failed\\s+to',
      `failed\\s+to\\s+${HUMAN_VERBS}`,
      `failure\\s+to\\s+${HUMAN_VERBS}`,
    ],
    examples: ['the engineer failed to', 'we failed to', 'failed to notice', 'failure to follow the runbook'],
  },
  {
    id: 'forgot',
    label: 'Forgot to',
    message: '"Forgot" puts the weight on memory, which is not a control.',
    why: 'Memory is not a control. Calling a lapse "forgetting" points at the person, when the fix is a check, a default or an automated step.',
    suggestion: 'Name the missing prompt: "The step is manual and nothing reminds anyone to do it" — then add the reminder or automate it.',
    patterns: [
      'forg(?:ot|otten|etting)',
      'forgets?\\s+(?:to|about|that)',
      `(?:neglected|omitted)\\s+to`,
      `did${NT}\\s+remember\\s+to`,
    ],
    examples: ['forgot to', 'forgotten', 'neglected to', "didn't remember to"],
  },
  {
    id: 'careless',
    label: 'Careless, sloppy, not paying attention',
    message: 'Judging attention or diligence blames character, not conditions.',
    why: 'Judging attention or diligence blames character and invites defensiveness. People are as careful as their tools, workload and information let them be.',
    suggestion: 'Describe the conditions: "The change was reviewed at the end of a 12-hour shift, without a diff of the rendered config."',
    patterns: [
      'careless(?:ly|ness)?',
      'sloppy|sloppily|sloppiness',
      'reckless(?:ly|ness)?',
      'lazy(?![\\s-]+(?:load|loading|loaded|loads|init|initiali[sz]ation|initiali[sz]ed|evaluation|evaluated|import|imports|compilation))|laziness',
      'incompeten(?:t|ce|tly)',
      'inattenti(?:ve|on)',
      `(?:was${NT}|were${NT}|not)\\s+paying\\s+attention`,
      'asleep\\s+at\\s+the\\s+wheel',
      'be\\s+(?:more\\s+)?(?:careful|vigilant|attentive|diligent)',
      'lack\\s+of\\s+(?:care|attention|diligence|discipline|ownership|rigou?r)',
      'stupid(?:ity)?|idiot(?:ic|s)?',
    ],
    examples: ['careless', 'sloppy', 'not paying attention', 'be more careful', 'lack of diligence'],
  },
  {
    id: 'negligence',
    label: 'Negligent, negligence',
    message: '"Negligence" is a legal and moral verdict, not a finding.',
    why: '"Negligence" is a legal and moral judgement, not an engineering finding. It teaches people to hide information in the next review.',
    suggestion: 'State the facts and the gap in the system: "No check requires a second reviewer for production configuration."',
    patterns: ['negligen(?:t|ce|tly)', 'derelict(?:ion)?'],
    examples: ['negligent', 'negligence', 'dereliction'],
  },
  {
    id: 'blame',
    label: 'Blame, at fault, culprit',
    message: 'Assigning blame or fault stops the learning.',
    why: 'Assigning blame or fault stops learning and makes people less willing to speak up next time. A postmortem explains causes; it does not assign fault.',
    suggestion: 'Name the condition, not a culprit: "The retry storm began when the cache entries expired together."',
    patterns: [
      notNegated('blam(?:e|ed|es|ing|eworthy)'),
      notNegated('at\\s+fault'),
      notNegated('to\\s+blame'),
      'culprits?',
      '(?:his|her|their|my|your|our)\\s+fault',
      'fault\\s+(?:lies|lay|lied)\\s+with',
      'whose\\s+fault',
      'scapegoat(?:s|ed|ing)?',
      notNegated('guilty'),
      'responsible\\s+party',
    ],
    examples: ['to blame', 'at fault', 'culprit', 'whose fault', 'blamed'],
  },
  {
    id: 'didnt-bother',
    label: "Didn't bother, ignored",
    message: 'This attributes a motive nobody can know.',
    why: "\"Didn't bother\" and \"ignored\" attribute a motive. People act on what seems important at the time; ask why the warning did not look urgent.",
    suggestion: 'Explain the signal: "The warning was one of 40 that week and looked like noise" — then fix the signal.',
    patterns: [
      `(?:did${NT}|never|could${NT}\\s+be|can${AP}?t\\s+be)\\s+bother(?:ed)?`,
      '(?:nobody|no\\s+one|no-one)\\s+bothered',
      `did${NT}\\s+care`,
      'ignored\\s+(?:the\\s+|an?\\s+|all\\s+|our\\s+|its\\s+|every\\s+|several\\s+|repeated\\s+)?(?:warnings?|alerts?|pages?|runbook|procedures?|process|checklist|instructions|documentation|docs|advice|reviewers?|feedback|policy|policies)',
      '(?:warnings?|alerts?|pages?)\\s+(?:was|were|got)\\s+ignored',
    ],
    examples: ["didn't bother", 'ignored the alert', 'the warnings were ignored'],
  },
  {
    id: 'hindsight',
    label: 'Hindsight: obviously, simply, just, clearly',
    message: 'Hindsight words make things sound easy that were not easy then.',
    why: 'Words like "obviously", "simply" and "just" make an action sound trivial after the fact. It was not obvious at the time, or it would have been done.',
    suggestion: 'Drop the word, or say what made it hard to see: "The error was only in a log that no dashboard showed."',
    patterns: [
      'obviously',
      'obvious(?<=(?<![\\p{L}\\p{N}_])(?:was|is|were|are|be|been|seemed|seems|the|an|so|quite|fairly|pretty|very|totally)\\s+obvious)',
      'simply(?!\\s+put)',
      'clearly(?<=(?<![\\p{L}\\p{N}_])(?:was|were|is|are|been)\\s+clearly)',
      'clearly(?<=(?:^|[.!?:;]\\s+|\\n\\s*)clearly)',
      'clearly\\s*,',
      'clearly\\s+(?:showed|shows|indicated|indicates|stated|states|said|says|documented|visible|wrong|broken|warned|pointed)',
      'just\\s+(?:restart|roll\\s+back|rollback|revert|reboot|rerun|re-run|retry|run|check|look|read|use|add|follow|fix|ask|do|turn|flip|disable|enable|redeploy|deploy|click|update|increase|scale|bump|delete|remove|change|test|wait|tell|call|page|grep|kill|switch|apply|open|set|copy|paste|google|search|bounce|fail\\s+over|failover|drain|purge|clear|flush|restore|double-check)',
      'all\\s+{SUBJ}\\s+(?:had|needed|have|need|has|needs)\\s+to\\s+do\\s+(?:was|is)',
      '(?:only|simply)\\s+had\\s+to',
      `(?:could|should|would|might)(?:${NT})?\\s+have\\s+(?:just|simply)`,
      'easily\\s+(?:avoided|prevented|caught|spotted|noticed|detected)',
    ],
    examples: ['obviously', 'it was obvious', 'simply', 'just restart', 'clearly showed', 'all they had to do was'],
  },
  {
    id: 'root-cause-person',
    label: 'A person as the root cause',
    message: 'A person is never a root cause.',
    why: 'A person is never a root cause: anyone in the same seat, with the same tools and information, could have done the same. Look for the conditions that allowed it.',
    suggestion: 'Make a condition the root cause: "The root cause was a pool size with no upper bound and no validation before deploy."',
    patterns: [
      `root[\\s-]?causes?\\s*(?:was|is|were|:|=|—|–|-)\\s*(?:that\\s+|probably\\s+|simply\\s+)?(?:{PERSON}|@[\\p{L}\\p{N}_.-]+|${ROLE}|human\\s+error|(?:his|her|their|my|our)\\s+[\\p{L}-]+)`,
      `{WHO}\\s+(?:was|is)\\s+the\\s+(?:root\\s+)?cause`,
    ],
    examples: ['the root cause was Alice', 'root cause: the engineer', 'root cause was human error'],
  },
  {
    id: 'person-as-cause',
    label: 'A person named as the cause',
    message: 'This names a person as the cause of the outage.',
    why: 'Naming who broke something turns a review into a trial. Name the change, the system and the conditions; people appear in the timeline as actors, not as causes.',
    suggestion: 'Make the change the subject: "Config change 4812 set the pool size to 5" instead of "Alice broke the pool".',
    patterns: [
      `{WHO}\\s+(?:(?:accidentally|mistakenly|carelessly|unfortunately|apparently|then|also|somehow|inadvertently|basically)\\s+)?${CAUSE_VERBS}`,
      `{WHO}\\s+(?:(?:just|simply|apparently|also|then)\\s+)?${OMISSION}`,
      `{NAMED}${AP}s?\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}${FAULT_NOUNS}`,
      `{NAMED}${AP}s?\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,5}(?:caused|broke|took\\s+down|brought\\s+down)`,
      `because\\s+{PERSON}\\s+(?:(?:just|simply|accidentally|apparently|then|had|also)\\s+)?${BECAUSE_ACTIONS}`,
      "because\\s+of\\s+{PERSON}(?!['’]s\\s+(?:quick|fast|prompt|early|careful|help|work|investigation|rollback|fix|experience|knowledge|suggestion|idea))",
      `(?:someone|somebody|${ROLE})\\s+(?:who\\s+[\\p{L}-]+\\s+)?(?:(?:accidentally|mistakenly|carelessly)\\s+)?${CAUSE_VERBS}`,
      `(?:his|her|their)\\s+${FAULT_NOUNS}`,
    ],
    examples: ['Alice broke the deploy', "@bob's mistake", 'because Alice pushed', 'the intern caused'],
  },
  {
    id: 'mistake',
    label: 'Mistake, screwed up, messed up',
    message: 'Calling it a mistake judges the action with hindsight.',
    why: 'Calling an action a mistake judges it with hindsight; informal words like "screwed up" add scorn. Both make people defensive and less open next time.',
    suggestion: 'Describe the action and its effect neutrally: "The migration ran before the index existed, so queries scanned the whole table."',
    patterns: [
      'mistakes?',
      'mistakenly',
      'screw(?:ed)?[\\s-]?ups?',
      'screwed\\s+up',
      'messed\\s+up',
      'mess[\\s-]?ups?',
      'goofed(?:\\s+up)?',
      'blunders?',
      'botched',
      'dropped\\s+the\\s+ball',
      'fumbled',
    ],
    examples: ['a mistake', 'screwed up', 'messed up', 'dropped the ball'],
  },
];

/** Finds a rule by id. */
export function findBlamelessRule(id: string): BlamelessRule | undefined {
  return BLAMELESS_RULES.find((rule) => rule.id === id);
}

const WORD_START = '(?<![\\p{L}\\p{N}_])';
const WORD_END = '(?![\\p{L}\\p{N}_])';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The names worth matching: trimmed, a leading "@" removed (handles match with or without it), shorter than two
 * characters dropped; for a full name its first name too ("Alice Chen" → "Alice"). Longest first.
 */
export function collectPersonNames(people: readonly string[]): string[] {
  const names = new Set<string>();
  for (const raw of people) {
    const name = raw.trim().replace(/^@+/, '').replace(/\s+/g, ' ');
    if ([...name].length < 2) continue;
    names.add(name.toLocaleLowerCase());
    const first = name.split(' ')[0] ?? '';
    if (first !== name && [...first].length >= 2) names.add(first.toLocaleLowerCase());
  }
  return [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

export interface CompiledRule {
  rule: BlamelessRule;
  regexes: RegExp[];
}

/** Compiles the rules for a set of people (names and @handles). */
export function compileBlamelessRules(people: readonly string[], rules: readonly BlamelessRule[] = BLAMELESS_RULES): CompiledRule[] {
  const names = collectPersonNames(people);
  const person = names.length > 0 ? `@?(?:${names.map((n) => escapeRegExp(n).replace(/ /g, '\\s+')).join('|')})` : null;
  const handle = '@[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]*';
  const named = `(?:${person ? `${person}|` : ''}${handle})`;
  const who = `(?:${person ? `${person}|` : ''}${handle}|he|she)`;
  const subject = `(?:${person ? `${person}|` : ''}${handle}|${PRONOUN}|${ROLE})`;
  return rules.map((rule) => ({
    rule,
    regexes: rule.patterns
      .filter((source) => person !== null || !source.includes('{PERSON}'))
      .map((source) => {
        const filled = source
          .replaceAll('{PERSON}', person ?? '(?!)')
          .replaceAll('{WHO}', who)
          .replaceAll('{NAMED}', named)
          .replaceAll('{SUBJ}', subject)
          .replaceAll('{ROLE}', ROLE);
        return new RegExp(`${WORD_START}(?:${filled})${WORD_END}`, 'giu');
      }),
  }));
}

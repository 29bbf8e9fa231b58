// Word classes the blameless checker uses to find who or what a sentence is about (folded, lower-case forms).

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** People by role: a role as the subject of a bad outcome is blame just as a name is. */
export const ROLE_NOUNS = words(`
  engineer engineers developer developers dev devs programmer programmers coder operator operators responder responders
  reviewer reviewers approver approvers author authors admin admins administrator administrators sysadmin sysadmins sre sres
  dba dbas intern interns hire hires contractor contractors consultant consultants employee employees staffer staffers
  individual individuals person people human humans user oncall on-call on-caller commander ic lead leads manager managers
  owner owners maintainer maintainers volunteer volunteers technician technicians analyst analysts architect architects
  tester testers specialist specialists expert experts colleague colleagues coworker coworkers teammate teammates member members
  director directors executive executives cto ceo vp worker workers hero rockstar newcomer newbie junior juniors senior seniors
  guy guys folks everyone somebody someone facilitator dev-ops devops-engineer liaison liaisons coordinator coordinators
  representative representatives rep reps
`);

/** Teams and departments: "the database team ignored …" blames a group. */
export const TEAM_NOUNS = words(`
  team teams squad squads department departments dept group org organisation organization crew staff ops devops qa
  support security infra infrastructure management leadership legal sales marketing helpdesk noc soc finance
  engineering secops netops sysops dataops mlops devex hr procurement compliance vendor vendors folk
`);

/** Pronouns and indefinites that stand for people. "we" is kept apart: the company voice of a published postmortem. */
export const PERSON_PRONOUNS = words(`
  i you he she they him her them someone somebody anyone anybody everyone everybody whoever nobody none one
  himself herself themselves myself yourself whomever
`);

/**
 * Things, not people: a system as the subject of "should have", "failed to" or "missed" states a fact about the
 * system. Grouped by class (machines and software, data, signals, processes and documents, changes, traffic).
 */
export const SYSTEM_NOUNS = words(`
  system systems service services server servers host hosts node nodes pod pods cluster clusters instance instances vm vms
  machine machines container containers database databases db dbs replica replicas primary primaries standby leader follower
  shard shards cache caches queue queues broker brokers job jobs cron task tasks worker-pool pipeline pipelines build builds
  ci cd deploy deploys deployment deployments rollout rollouts release releases canary canaries migration migrations script scripts
  tool tools tooling automation controller controllers scheduler schedulers autoscaler autoscalers operator-controller daemon
  daemons process processes agent agents bot bots platform platforms network networks router routers switch switches link links
  firewall firewalls proxy proxies gateway gateways balancer balancers lb api apis endpoint endpoints config configuration
  configurations setting settings flag flags feature features parameter parameters value values limit limits threshold
  thresholds quota quotas timeout timeouts retry retries policy policies rule rules check checks probe probes monitor monitors
  monitoring alert alerts alerting alarm alarms page pages pager dashboard dashboards graph graphs metric metrics log logs
  logging trace traces disk disks volume volumes storage file files directory bucket buckets backup backups snapshot snapshots
  certificate certificates cert certs key keys token tokens dns tls cdn region regions zone zones datacenter datacentre
  facility facilities power generator generators battery batteries cable cables card cards link-layer kernel driver drivers
  library libraries dependency dependencies package packages version versions image images registry registries repository
  repo code bug bugs regression defect defects patch patches change changes commit commits diff request requests traffic
  query queries index indexes indices schema table tables row rows column columns record records transaction transactions
  payment payments message messages email emails webhook webhooks notification notifications client clients sdk app apps
  application applications website site sites browser engine model models classifier parser compiler linter test tests suite
  health-check healthcheck breaker breakers limiter limiters runbook runbooks playbook playbooks checklist checklists procedure
  procedures document documentation docs wiki template templates form forms ui screen prompt terminal shell command commands
  process-step step steps workflow workflows mechanism safeguard safeguards guard guardrail guardrails validation validator
  it its this that which software hardware firmware infrastructure-code network-config vendor-api api-gateway load spike
  outage incident failure failures error errors issue issues problem problems fault faults event events signal signals
  capacity latency throughput memory cpu heap thread threads connection connections pool pools session sessions lock locks
`);

/** Nouns for an action a person takes ("the escalation should have been made"): blame even as a passive subject. */
export const ACTION_NOUNS = words('escalation rollback decision call handover review response reaction investigation fix');

/** A role word after one of these is a machine: "cluster manager", "certificate operator", "package owner". */
export const MACHINE_ROLE_HEADS = words('manager managers operator operators owner agent controller worker workers lead');

/** Words that end a noun phrase on the left: prepositions. "The engineer on call" → the head is "engineer". */
export const PREPOSITIONS = words(`
  of for on in at from with to by about into onto over under behind during after per across via through without near
  inside outside within like including among between against toward towards upon than
`);

/** Words that start a clause: the subject of a verb is looked for after the last of these. */
export const CLAUSE_STARTERS = words(`
  and but or nor so because since while when whenever whereas although though if unless until after before as once then
  yet whether that which who whom whose where why how instead rather
`);

/** Verbs and auxiliaries that end the subject of a clause on the right (besides words ending in "-ed"). */
export const VERBISH = words(`
  is isn't are aren't was wasn't were weren't be been being am has hasn't have haven't had hadn't do does doesn't did didn't
  will won't would wouldn't shall should shouldn't can can't cannot could couldn't may might must mustn't ought need needs
  ran run runs went go goes took take takes made make makes left leave leaves put puts got get gets sent send sends wrote write
  writes let lets set sets cut cuts hit kept keep keeps sat sit sits slept sleep sleeps brought bring brings broke break breaks
  knew know knows thought think thinks saw see sees said say says told tell tells gave give gives came come comes found find
  finds began begin begins chose choose chooses forgot forget forgets lost lose loses spent spend spends held hold holds
  became become becomes pulled pushed typed merged deployed skipped missed ignored overlooked shrugged brushed rushed dragged
  also never just simply really apparently clearly obviously definitely probably surely somehow then still even again
  accidentally mistakenly inadvertently carelessly deliberately predictably naturally unsurprisingly inevitably casually
  overwrote blew tore hid rewrote fell stole froze overrode undid mistook lost spent shut
`);

/** Adverbs that may sit between a subject, a modal and a verb ("should really have", "could easily have"). */
export const ADVERBS =
  '(?:really|also|then|just|simply|apparently|clearly|obviously|definitely|probably|surely|certainly|easily|quickly|already|at\\s+least|at\\s+the\\s+very\\s+least|at\\s+a\\s+minimum|honestly|frankly|ideally|realistically|arguably|of\\s+course|in\\s+all\\s+honesty|in\\s+hindsight|perhaps|maybe|possibly|absolutely|totally|completely|entirely|only|even|ever|never|not|n\'t|immediately|sooner|earlier|first|properly|actually|reasonably|personally|themselves|himself|herself)';

/** Past participles of what a person does, for counterfactuals about a person ("should have checked"). */
export const HUMAN_VERBS = words(`
  checked tested read looked noticed asked waited reviewed escalated followed verified validated double-checked known realised
  realized seen spotted caught paid listened thought considered consulted confirmed watched monitored investigated looked
  rolled reverted restarted rebooted drained called paged told warned notified informed stopped paused refused insisted
  questioned raised flagged reported acted done taken written documented updated planned prepared practised practiced
  backed tried used scrolled read run bothered
`);

/** Past participles of preventing or noticing, for "could/would have …" with a person as subject. */
export const PREVENTIVE_VERBS = words(`
  caught noticed known prevented avoided stopped checked tested restarted rebooted realised realized spotted found detected rolled
  reverted asked escalated read looked followed reviewed waited done acted been double-checked verified seen drained
  taken paused called paged
`);

/** Participles a passive counterfactual uses about people: "should have been caught in review". */
export const HUMAN_PASSIVES = words(`
  caught spotted noticed tested reviewed checked read followed acted escalated double-checked taken approved looked seen
  verified handled asked avoided prevented obvious clear questioned flagged reported heeded addressed investigated
`);

/** Irregular past tenses mapped to their base form, for rewrites ("skipped" → "skip"). */
export const IRREGULAR_BASES: Record<string, string> = {
  broke: 'break', took: 'take', brought: 'bring', left: 'leave', let: 'let', sat: 'sit', slept: 'sleep', forgot: 'forget',
  ran: 'run', made: 'make', cut: 'cut', went: 'go', did: 'do', put: 'put', kept: 'keep', set: 'set', shut: 'shut', hit: 'hit',
  wrote: 'write', overrode: 'override', undid: 'undo', mistook: 'mistake', sent: 'send', chose: 'choose', froze: 'freeze',
};

/**
 * Past tenses of harming a system that need no further cue: with a person, role or team as subject they blame
 * ("Bob clobbered the config", "the team took the replica offline"). Regex source; `W` stands for any word.
 * A stated plan or purpose ("for the scheduled upgrade", "to stop the corruption") exempts them (HARM_EXEMPTIONS).
 */
export const HARM_VERBS_STRONG =
  'clobbered|overloaded|overwhelmed|shrugged\\s+at|scoffed\\s+at|laughed\\s+(?:off|at)|(?:rammed|railroaded)\\s+(?:W\\s+){0,3}?through|nuked|trashed|wrecked|yanked|ripped|overrode|(?:rolled|pushed|shipped|deployed|released|merged)\\s+(?:it|them|the\\s+W)\\s+(?:out\\s+|through\\s+)?anyway|hosed|borked|bricked|fried|erased|overwrote|starved|steamrolled|bulldozed|railroaded|strong-armed|wasted\\s+(?:W\\s+){0,3}?(?:hours?|minutes|time|days?)|managed\\s+to\\s+(?:delete|drop|break|wipe|kill|take|lose|corrupt|crash|nuke|destroy|erase|knock)|turned\\s+(?:W\\s+){1,4}?into\\s+(?:a|an)\\s+(?:W\\s+){0,3}?(?:outage|incident|disaster|mess|catastrophe|fire)|pulled\\s+the\\s+plug|rubber[\\s-]stamped|tanked|torched|obliterated|mangled|flooded|corrupted|ruined|sabotaged|overruled|force-pushed|cowboyed|blew\\s+(?:W\\s+){0,3}?(?:away|up)|blew\\s+(?:right\\s+)?(?:through|past)\\s+(?:the|our|its|their|every|all)\\s|knocked\\s+(?:W\\s+){0,3}?(?:over|out|offline)|(?:took|taking)\\s+(?:W\\s+){1,4}?(?:offline|off-line|down|out(?!\\s+of)|with\\s+(?:it|them|him|her))|(?:brought|bringing|knocking)\\s+(?:W\\s+){1,4}?(?:down|offline|to\\s+(?:its|their)\\s+knees|to\\s+a\\s+(?:standstill|halt|crawl|grinding\\s+halt))|locked\\s+(?:W\\s+){1,3}?out|let\\s+(?:W\\s+){1,3}?(?:straight\\s+)?(?:through|slip)(?:\\s+(?:to|into)(?:\\s+W){1,3}?(?=\\s*[,.;!?]|\\s*$)|(?=\\s+(?:to|into|unchecked|unnoticed|untested)\\b|\\s*[,.;!?]|\\s*$))|waved\\s+(?:W\\s+){0,3}?(?:through|away|off)';

/**
 * Past tenses that are routine work as often as harm ("Will dropped the unused index"): they blame only with a cue
 * of harm in the same sentence (HARM_CUES) — the wrong target, production, peak hours, nobody told, no test.
 */
export const HARM_VERBS_WEAK =
  'ran|revoked|invalidated|pushed|deployed|shipped|released|sent|committed|pulled|disabled|turned|switched|merged|approved|applied|restarted|rebooted|changed|copied|pointed|upgraded|executed|moved|replaced|rewrote|edited|cut|rolled|forced|signed|bumped|tweaked|raised|lowered|flipped|scaled|granted|gave|opened|set|left';

/** Destructive past tenses: routine in a cleanup, harm with a weaker cue than HARM_VERBS_WEAK need (production, peak). */
/** Defects of what was shipped: harm with the routine verbs ("deployed faulty code"), a remedy with the destructive ones. */
/** The routine verbs that ship something, the only ones a defect cue applies to. */
export const SHIPPING_VERBS = /^(?:pushed|deployed|shipped|released|committed|merged|applied|approved|rolled|signed)$/;

export const DEFECT_CUES = '\\b(?:untested|faulty|broken|buggy|half-finished|unreviewed)\\b';

export const HARM_VERBS_DESTRUCTIVE = 'dumped|dropped|deleted|removed|purged|destroyed|killed|truncated|wiped|reset|emptied|tore|shut';

/** What makes a routine action harmful in the telling: the wrong target, no test, nobody told, walking away. Regex source. */
export const HARM_CUES =
  "\\bduring\\s+(?:the\\s+)?(?:peak|busiest|black\\s+friday|cyber\\s+monday|(?:\\S+\\s+)?(?:sale|peak|launch)\\s+(?:hour|window|period|traffic|day|weekend))\\b|\\bwrong\\b|\\binstead\\s+of\\b|\\bby\\s+(?:accident|mistake)\\b|\\b(?:accidentally|casually|blindly|blithely|hastily|hurriedly|cheerfully|happily)\\b|\\bon\\s+a\\s+friday\\b|\\bpublic\\s+(?:repo|repository|bucket|channel|gist|page)|\\bwith\\s+a\\s+(?:single\\s+)?(?:typo|command|click|keystroke)|\\bwithout\\s+(?:a|any)\\s+(?:single\\s+)?(?:proper\\s+)?(?:test|tests|review|check|approval|warning|backup|plan|rollback|word)\\b|\\bwithout\\s+(?:telling|warning|asking|notifying|checking\\s+with|opening|reading|looking)|\\band\\s+(?:then\\s+)?(?:went\\s+(?:home|to\\s+bed|to\\s+lunch|offline|on\\s+(?:holiday|vacation|leave))|walked\\s+away|logged\\s+off|disappeared|left\\s+for)|\\bunannounced\\b|\\b(?:zero|no)\\s+(?:coordination|warning|notice|review|testing|heads-up)\\b|\\bover\\s+(?:\\S+\\s+)?objections|\\bstraight\\s+(?:through|to|into)\\b|\\btest\\s+(?:values|data|credentials)\\b|\\bfrom\\s+(?:a|the)\\s+(?:chat|slack|forum|stack\\s+overflow|blog)|\\bin\\s+(?:\\d+|ten|five|thirty|a\\s+few)\\s+seconds|\\b(?:on\\s+a\\s+(?:whim|hunch)|for\\s+no\\s+(?:good\\s+)?reason|for\\s+fun|out\\s+of\\s+curiosity|just\\s+because)\\b|\\bat\\s+(?:the\\s+)?(?:live\\s+)?(?:production|prod)\\b|\\bwithout\\s+(?:so\\s+much\\s+as|even)\\s+a\\s+(?:glance|look|test|check|question)|\\b(?:that|which)\\s+(?:crashed|broke|wiped|deleted|corrupted|took|bricked|nuked|clobbered|flooded|overwrote|erased|locked|blocked|froze|overloaded|knocked|brought|exhausted|saturated|filled)\\b|\\bwithout\\s+(?:a|any)\\s+(?:canary|dry\\s+run|staging\\s+run|rehearsal|second\\s+pair)|\\bby\\s+hand\\b|\\band\\s+(?:then\\s+)?(?:every|all|most)\\s+(?:\\S+\\s+){0,2}?(?:started|began|kept)\\s+(?:failing|to\\s+fail|erroring|timing\\s+out)|\\band\\s+(?:then\\s+)?(?:half|all|most|every|the\\s+whole)\\s+(?:of\\s+)?(?:the\\s+)?(?:\\S+\\s+){0,2}?(?:vanished|disappeared|failed|went\\s+down|died|broke|stopped\\s+working)|\\buntil\\s+(?:the\\s+)?(?:\\S+\\s+){0,2}?(?:fell\\s+over|crashed|died|broke|went\\s+down|gave\\s+up|ran\\s+out)|\\b(?:by\\s+)?refus(?:ed|ing)\\s+to\\s+(?:roll\\s+back|revert|escalate|listen|help|page|answer|respond|stop)\\b|\\b(?:that|which)\\s+(?:we|they|everyone|the\\s+team|customers)\\s+(?:still\\s+)?(?:needed|depended\\s+on|relied\\s+on)\\b|\\b(?:(?:that|which)\\s+)?(?:nobody|no\\s+one|no-one)\\s+(?:else\\s+)?(?:had\\s+|has\\s+)?(?:ever\\s+|even\\s+)?(?:tested|reviewed|checked|approved|looked\\s+at|read|signed\\s+off|heard\\s+of|seen|known\\s+about|agreed\\s+to|asked\\s+for)\\b|\\b(?:that|which)\\s+(?:did(?:n't|\\s+not)\\s+even|never\\s+even|could(?:n't|\\s+not)\\s+even|would(?:n't|\\s+not)\\s+even)\\s+(?:start|boot|compile|build|load|work|pass|run|install)\\b|\\bthat\\s+(?:the\\s+)?(?:whole|entire)\\s+(?:\\S+\\s+){1,2}?(?:depended|relied)\\s+on\\b|\\band\\s+(?:made|broke|took)\\s+(?:everything|things|it|the)";

/** Cues that make a destructive action harm, besides HARM_CUES: where and when it hit. Regex source. */
export const DESTRUCTIVE_CUES =
  "\\b(?:production|prod)\\b|\\b(?:in|into|against|on)\\s+(?:the\\s+)?(?:live\\s+|real\\s+)?(?:production|prod|primary)\\b|\\blive\\s+(?:database|db|cluster|site|system|traffic|data)\\b|\\b(?:during|in|at)\\s+(?:business\\s+hours|peak|the\\s+busiest|the\\s+middle\\s+of)|\\bbusiest\\b|\\bduring\\s+(?:the\\s+)?(?:sale|launch|peak|black\\s+friday|cyber\\s+monday)\\b|\\bwhile\\s+(?:it|they|customers|users|people|the\\s+\\S+)\\s+(?:was|were)\\s+(?:still\\s+)?(?:serving|using|on|running|in\\s+use|live|busy)|\\b(?:every|all)\\s+(?:(?:of\\s+)?(?:the|our)\\s+)?(?:\\S+\\s+){0,2}?(?:customers?|users?|accounts?|tenants?|backups?)\\b|\\bfor\\s+(?:the\\s+(?:entire|whole)\\s+(?:weekend|night|day|week)|an?\\s+(?:entire\\s+|whole\\s+)?(?:month|week|weekend)|months|weeks)\\b";

/** The object of a destructive verb that was already broken: removing it is the remedy ("wiped the broken node"). */
export const REMEDIAL_OBJECT =
  /^\s+and\s+(?:rebuilt|reprovisioned|reimaged|restored|reinstalled|recreated|redeployed|replaced)\b|^\s+(?:and\s+[\p{L}-]+\s+)?(?:the|a|an|all|its|every|each)\s+(?:[\p{L}-]+\s+){0,2}?(?:affected|degraded|compromised|infected|broken|faulty|corrupted|corrupt|failed|stale|orphaned|unused|dead|stuck|failing|unhealthy|runaway|duplicated?|abusive|leaked|exposed|temporary|bad|flapping|noisy|spurious|false|duplicate)\b/u;

/**
 * A stated plan, purpose or precondition that makes a harmful-sounding action routine work: "as the runbook says",
 * "for the scheduled upgrade", "to apply the patch" (any purpose but a self-serving one), "once the backlog drained",
 * or a clause after a semicolon that explains it by the system. Regex source.
 */
export const HARM_EXEMPTIONS =
  "\\bas\\s+(?:planned|scheduled|designed|agreed|documented|expected|announced|described|(?:the\\s+)?(?:runbook|playbook|procedure|policy|plan|rollout\\s+policy|checklist)\\b)|\\b(?:scheduled|planned|announced|agreed)\\b|\\b(?:for|during)\\s+(?:the\\s+)?maintenance\\b|maintenance\\s+window|\\b(?<!\\b(?:needed|used|through|straight|back|down|directly)\\s)to\\s+(?!(?:the|a|an|every|all|each|his|her|their|our|its|my|your|this|that|these|those|production|prod|staging|main|master|live|everyone|anyone|customers|users|one|two|three|even|make|get|keep|look|impress|avoid|save|go|leave|finish|hit|meet|test|see|try|be|do)\\b)[a-z][a-z-]+|\\bafter\\s+(?:confirming|checking|verifying|testing|announcing|warning|it\\s+had|the\\s+\\S+\\s+(?:passed|was\\s+approved|had))|\\b(?<!at\\s)once\\b(?!\\s+again)|\\bas\\s+part\\s+of\\b|\\bso\\s+that\\s+(?:the|it|we)\\b|;\\s*(?:the|its|their|both|a|an|this|that)\\s|\\bwhile\\s+(?:he|she|they|ꝑ+|the\\s+team|we)\\s+(?!was\\s+away|were\\s+away)";

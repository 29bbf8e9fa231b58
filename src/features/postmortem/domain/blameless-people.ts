// Finds the people a postmortem names — responders, authors and any @handle — in any script and case.
import { ACTION_NOUNS, CLAUSE_STARTERS, PERSON_PRONOUNS, PREPOSITIONS, ROLE_NOUNS, SYSTEM_NOUNS, TEAM_NOUNS, VERBISH } from './blameless-lexicon';
import { foldText, type Span } from './blameless-text';

/** Given names that are also everyday English words: they count as a name only when written with a capital. */
const COMMON_WORD_NAMES = new Set([
  'will', 'may', 'mark', 'grace', 'bill', 'rob', 'pat', 'sue', 'art', 'chase', 'hope', 'joy', 'faith', 'june', 'april', 'rose', 'stone',
  'dawn', 'sky', 'summer', 'max', 'frank', 'gene', 'hunter', 'drew', 'jack', 'guy', 'carol', 'sandy', 'lee', 'long', 'young', 'white',
  'brown', 'black', 'green', 'bell', 'king', 'page', 'price', 'hill', 'wood', 'fox', 'cook', 'rich', 'wells', 'banks', 'lane', 'short',
  'little', 'case', 'miles', 'bishop', 'baker', 'cash', 'reed', 'storm', 'ward', 'west', 'north', 'love', 'noble', 'doe', 'ray', 'ash',
]);

interface NameVariant {
  folded: string;
  /** Must start with a capital letter in the text (a common word used as a name). */
  capitalised: boolean;
}

/**
 * The ways a person can be named: the full name, the given names ("Mary Ann" of "Mary Ann Lopez"), the first name,
 * the surname, and for a handle the handle with or without "@". Shorter than two characters is ignored.
 */
export function listNameVariants(people: readonly string[]): NameVariant[] {
  const variants = new Map<string, NameVariant>();
  const add = (name: string) => {
    const trimmed = name.trim();
    if ([...trimmed].length < 2) return;
    const folded = foldText(trimmed);
    const capitalised = COMMON_WORD_NAMES.has(folded);
    const existing = variants.get(folded);
    variants.set(folded, { folded, capitalised: existing ? existing.capitalised && capitalised : capitalised });
  };
  for (const raw of people) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name.startsWith('@')) {
      add(name.replace(/^@+/, ''));
      continue;
    }
    const parts = name.split(' ');
    add(name);
    if (parts.length >= 2) {
      add(parts[0] as string);
      add(parts.at(-1) as string);
    }
    if (parts.length >= 3) add(parts.slice(0, -1).join(' '));
  }
  return [...variants.values()].sort((a, b) => b.folded.length - a.folded.length || (a.folded < b.folded ? -1 : 1));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const HANDLE = /(?<![\p{L}\p{N}_.@-])@[\p{L}\p{N}_][\p{L}\p{N}_.-]*(?<![.-])/gu;

/** Finds people in a text: spans of their names (with a leading "@" if there is one) and of any @handle. */
export interface PeopleMatcher {
  find(text: string, folded: string): Span[];
}

/** Compiles a matcher for these people. Matching is on folded text, so case and the Turkish I do not matter. */
export function compilePeopleMatcher(people: readonly string[]): PeopleMatcher {
  const variants = listNameVariants(people);
  const byFolded = new Map(variants.map((v) => [v.folded, v]));
  const names =
    variants.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}_@])@?(?:${variants.map((v) => escapeRegExp(v.folded).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}_]|-(?![\\p{L}]))`, 'gu')
      : null;
  return {
    find(text, folded) {
      const spans: Span[] = [];
      if (names) {
        for (const m of folded.matchAll(names)) {
          const bare = m[0].replace(/^@/, '').replace(/\s+/g, ' ');
          const variant = byFolded.get(bare);
          const first = text[m.index + (m[0].startsWith('@') ? 1 : 0)] ?? '';
          if (variant?.capitalised && first === first.toLowerCase()) continue;
          spans.push({ start: m.index, end: m.index + m[0].length });
        }
      }
      for (const m of folded.matchAll(HANDLE)) {
        if (!spans.some((s) => s.start <= m.index && m.index < s.end)) spans.push({ start: m.index, end: m.index + m[0].length });
      }
      return spans.sort((a, b) => a.start - b.start);
    },
  };
}

/**
 * Capitalised words that are not people: products and tools a postmortem names as actors ("Postgres ignored the
 * timeout", "Cloudflare took the origin offline"), calendar words, and words that start sentences.
 */
const NOT_NAMES = new Set(
  `postgres postgresql mysql mariadb redis kafka jenkins terraform kubernetes k8s nginx envoy istio consul vault etcd zookeeper
  elasticsearch opensearch cassandra mongo mongodb rabbitmq argo argocd helm docker github gitlab bitbucket slack pagerduty
  opsgenie datadog grafana prometheus sentry cloudflare fastly akamai aws gcp azure lambda dynamodb bigquery spanner heroku
  vercel netlify stripe twilio okta ansible chef puppet spinnaker circleci travis airflow spark hadoop snowflake memcached
  haproxy varnish traefik linkerd calico cilium coredns cloudfront cloudwatch splunk kibana logstash jira confluence zoom
  google amazon microsoft apple android windows linux ubuntu debian chrome safari firefox java python node ruby rails django
  celery sidekiq nomad packer flux tekton buildkite honeycomb pingdom statuspage zendesk salesforce shopify paypal visa
  adyen braintree keycloak vitess citus patroni pgbouncer bind unbound chrony systemd cron git npm yarn maven gradle bazel
  january february march april may june july august september october november december monday tuesday wednesday thursday
  friday saturday sunday christmas easter thanksgiving europe asia africa america australia
  nothing everything something anything there here later earlier meanwhile afterwards eventually initially finally luckily
  unfortunately fortunately overall also still both neither either several many most few customers users partners vendors
  traffic latency checkout billing search login signup payments writes reads requests errors alerts engineering product design
  data root cause impact summary timeline detection resolution mitigation recovery action status update note background
  staging production prod canary rollback failover replication backups monitoring within without despite however instead
  luckily thankfully sadly soon next last first second third finally please thanks yes okay ok`
    .trim()
    .split(/\s+/),
);
/**
 * Given names common across many languages (folded): a capitalised word before a verb is a person when it is one of
 * these, or when the sentence says "he" or "she". A bare capitalised word is as often a service ("Phoenix took the
 * primary offline"), so it is not a person by position alone.
 */
const GIVEN_NAMES = new Set(
  `aaron abdul abdullah abigail adam adebayo adeola aditi aditya adrian agnieszka ahmad ahmed aiden aisha akira alan albert
  alejandro aleksandr aleksandra alex alexander alexandra alexei ali alicia alina alison amanda amara amir amit amy ana anders
  andre andrea andreas andrei andrew andrzej angela anil anita anjali ann anna anne anton antonio anya arjun arnav asha ashok
  astrid aurelie ayesha barbara beatriz ben benjamin bianca bjorn boris brandon brian bruno camila carla carlos carmen caroline
  catherine charles charlie charlotte chen chidi chloe chris christian christina christopher claire claudia colin connor
  cristina dan dana daniel daniela danielle david deepak deepika denis diana diego dmitri dmitry dominik dong duc dylan ebony
  eduardo elena eli elif elijah elizabeth ella emeka emily emma emre eric erik ethan eva evan fatima felipe felix fernando
  francesca francesco francisco gabriel gabriela gareth gary george georgia gerald giulia giuseppe gustavo hana hannah hans
  harry hassan heather helen hector hemant henrik henry hiroshi hugo hyun ian ibrahim igor ingrid irina isaac isabel isabella
  ivan jack jacob jake james jamie jan jane jason javier jay jean jeff jennifer jenny jessica jin jing joao joe johan johannes
  john jonas jonathan jordan jorge jose joseph josh joshua juan julia julian julie jun justin kai karen karim karl kate katie
  kavya keith kevin khalid kim kofi kumar kwame lakshmi lars laura lauren lea leila lena leo leon li liam lin linda lisa liu
  lucas lucia luis luka lukas magnus mai manuel marc marco marcus margaret maria mariana marie marina mario mark marta martin
  mary mateo matt matthew matthias max maya mehmet mei michael michelle miguel mike mikhail min ming mohamed mohammed monica
  nadia naomi natalia natasha nathan neha nicholas nick nicolas nikhil nina noah nora oleg olga oliver olivia omar oscar oskar
  pablo paolo patrick paul paula pavel pedro peter pierre pooja rafael rahul raj rajesh ravi rebecca ricardo richard rita
  robert roberto rohan roman rosa ryan sakura sam samuel sandra sanjay sara sarah sasha sean sebastian sergei sergey shreya
  simon sofia sophie stefan stephanie steve steven sunil susan svetlana takeshi tanya tariq thomas tim timothy tom tomas
  tomasz tony tyler uma valentina vanessa vera victor viktor vikram vincent wei william xavier xin yan yang yasmin yuki yusuf
  yuri zach zainab zara zhang zoe bob dave jim ken ron don ted greg doug phil tina beth meg liz jill abebe adaeze agata ahmet aiko akash aleksei alessandro alice amelia anders andile anja
  arturo ashley aylin ayse barry bartek bilal bogdan brigitte carsten cem chiara chinedu chioma cyril dagmar dariusz dawit
  deniz derek dieter dimitri dorota elias elsa emil enrique esra farah farid fatma fiona florian francois gaurav gheorghe goran
  greta gunnar haruto hamza harald heidi helga hendrik hina hiro ines irene isabelle ivana jakub janet jasmine jens jesper
  jiho joanna jonah jurgen kamal kasia katarzyna kemal kenji kerstin kiran klaus kristina krzysztof lamar leticia lionel lorenzo
  luca lukasz malik manon mariam mariusz mateusz mathias mehdi milan mira mohammad moritz nadine nanami nikolai nikos niklas
  nkechi obinna olu olusegun oren ozan pedram petra pieter piotr preeti priya qiang rania reza rin roberta rui ruth sachin
  salma samir sana sandeep santiago selin seo-yeon shin shota sigrid siobhan sipho soren stanislav sven tamara tanvir tereza
  thabo theo tobias ulrich umar ursula vivek wojciech xiao yara yasmin yerlan yosef youssef yuto zeynep zofia`
    .trim()
    .split(/\s+/),
);
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|our|its|their|his|her|this|that|these|those|my|your|each|every|some|any|no|in|at|from|into|near|across|via|on|of|named|called)\s+$/;
const TITLE_BEFORE = /(?:^|[\s(])(?:mr|mrs|ms|mx|dr|miss|prof)\.?\s+$/;
/** A word in a script without capitals (Chinese, Japanese, Korean, Arabic, Hebrew, Indic, Thai): in English prose, a name. */
const CASELESS_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Thai}]+$/u;
/** A capitalised Latin, Greek or Cyrillic name: "Tomasz", "O'Brien", "McKenzie", "Jean-Luc", "Дмитрий" (not "GitHub", "AWS"). */
const NAME_SHAPE = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;
const NON_LATIN_NAME = /^[\p{Script=Cyrillic}\p{Script=Greek}]/u;
/** English word endings no given name or surname has (nouns and adverbs that start sentences). */
const NOT_NAME_ENDING = /(?:tion|sion|ment|ness|ity|ance|ence|ism|ship|ware|ops|ics|[^aeiou]ing|(?<!m)ed|[^aeiou]ly|ally)$/;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const VERB_AFTER = /^\s*(?:(?:just|then|also|simply|apparently|accidentally|quietly|never|once\s+again|again|still|immediately|later)\s+)*(?:[\p{L}-]+ed\b|(?:is|was|were|has|had|have|did|didn't|hasn't|hadn't|wasn't|will|would|should|could|can't|couldn't|won't|needs|took|ran|went|made|left|put|got|sent|wrote|let|set|cut|hit|kept|sat|slept|broke|brought|told|said|gave|came|chose|forgot|lost|spent|held|became|blew|tore|hid|fell|shut|overrode|overwrote|owns|takes|decided|never)\b)/u;

function isKnownWord(folded: string): boolean {
  return NOT_NAMES.has(folded) || SYSTEM_NOUNS.has(folded) || ROLE_NOUNS.has(folded) || TEAM_NOUNS.has(folded) || PERSON_PRONOUNS.has(folded) || ACTION_NOUNS.has(folded) || VERBISH.has(folded) || PREPOSITIONS.has(folded) || CLAUSE_STARTERS.has(folded);
}

/**
 * People the authors did not enter: a capitalised word (or two, a full name) in the place of a person — after a
 * title ("Ms. Alvarez"), as a full name, owning something ("Lena's change"), or before a verb ("Raj ignored …") —
 * and any word in a script without capitals ("田中"). Products, tools, calendar words, acronyms, CamelCase names
 * and words after a determiner ("the Jenkins job", "in Frankfurt") are not people.
 */
export function findUnlistedNames(text: string): Span[] {
  const spans: Span[] = [];
  const words = [...text.matchAll(WORD)];
  for (let i = 0; i < words.length; i += 1) {
    const m = words[i]!;
    // Most words start with a small letter: skip them before any other work (this runs on every keystroke's text).
    const first = m[0][0]!;
    if (first !== first.toUpperCase() || (first === first.toLowerCase() && !CASELESS_WORD.test(first))) continue;
    const raw = m[0].replace(/['’]s?$/, '');
    const start = m.index;
    const end = start + raw.length;
    if (raw.length < 2) continue;
    if (CASELESS_WORD.test(raw)) {
      spans.push({ start, end });
      continue;
    }
    if (!NAME_SHAPE.test(raw)) continue;
    const folded = foldText(raw);
    if (isKnownWord(folded) || NOT_NAME_ENDING.test(folded)) continue;
    const before = foldText(text.slice(Math.max(0, start - 12), start));
    if (DETERMINER_BEFORE.test(before) && !TITLE_BEFORE.test(before)) continue;
    const after = text.slice(end, end + 40);
    const next = words[i + 1];
    const fullName = next !== undefined && next.index === end + 1 && text[end] === ' ' && NAME_SHAPE.test(next[0].replace(/['’]s?$/, '')) && !isKnownWord(foldText(next[0].replace(/['’]s?$/, '')));
    const sentenceStart = /(?:^|[.!?\n]\s*|^\s*[-*•]\s*)$/.test(text.slice(Math.max(0, start - 3), start));
    const clause = text.slice(end, end + 120).split(/[.!?;\n]/)[0] ?? '';
    // "Sidecar ignored the new certificate until its pods were recycled": a thing, unless the sentence says he or she.
    const thing = /\bits\b/i.test(clause) && !/\b(?:he|she|his|her|him|himself|herself)\b/i.test(clause);
    const evidence =
      TITLE_BEFORE.test(before) ||
      (NON_LATIN_NAME.test(raw) && next !== undefined && /^\p{Script=Latin}/u.test(next[0]) && (i === 0 || /^\p{Script=Latin}/u.test(words[i - 1]![0]) || sentenceStart)) ||
      (!thing &&
        ((!sentenceStart && /(?:\b(?:was|is|were|by|to|with|and|asked|told|paged|pinged|called)|[:—–])\s+$/.test(before)) ||
          /^['’]s\s+(?:\p{Ll}+\s+)?(?:change|changes|decision|typo|commit|deploy|script|command|pr|pull|mistake|carelessness|laptop|shift|code|query|push|merge|fix|edit|patch|migration|rollout|config|cleanup|refactor|handling|call|choice|plan)\b/u.test(text.slice(end, end + 30)) ||
          ((GIVEN_NAMES.has(folded) || fullName || /^\s*,?\s*(?:who|whose)\b/.test(after) || /\b(?:he|she|his|her|him|himself|herself)\b/i.test(clause)) &&
            (VERB_AFTER.test(after) || /^['’]s\s/.test(text.slice(end, end + 3)) || (fullName && VERB_AFTER.test(text.slice(next.index + next[0].length, next.index + next[0].length + 40)))))));
    if (!evidence) continue;
    if (fullName) {
      spans.push({ start, end: next.index + next[0].replace(/['’]s?$/, '').length });
      i += 1;
    } else spans.push({ start, end });
  }
  return spans;
}

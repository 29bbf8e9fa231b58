// Test data types: labelled sentences for measuring the blameless checker on text it was not tuned on.

/** Where a sentence's pattern comes from: the kind of source it imitates (see SOURCES). Paraphrased, never copied. */
export type SourceTag = keyof typeof SOURCES;

/**
 * The kinds of source the sentences follow. Blameless sentences imitate how published postmortems and incident
 * reports describe people, roles and systems; blameful ones the kinds of draft that blameless-culture guides warn
 * about; technical ones the documentation where a flagged word has a technical sense.
 */
export const SOURCES = {
  'pm:cloud-summary': 'Cloud providers’ post-event summaries (e.g. aws.amazon.com/message, status.cloud.google.com incident reports, Azure PIRs)',
  'pm:cdn-blog': 'CDN and network providers’ outage blog posts (e.g. blog.cloudflare.com post-mortems)',
  'pm:status-page': 'SaaS status-page incident reports (e.g. status pages of PagerDuty, Heroku, GitHub, Travis CI)',
  'pm:devtools-blog': 'Developer-tool companies’ public postmortems (e.g. GitLab database incident 2017, crates.io / rust-lang infra postmortems)',
  'pm:fintech-blog': 'Payments and banking engineering blogs’ incident reviews (e.g. GoCardless, Razorpay)',
  'pm:sre-example': 'The example postmortem of the Google SRE book (appendix D) and the SRE workbook’s “good” postmortem',
  'pm:timeline': 'Timeline entries of published postmortems (time, actor, action)',
  'guide:google-sre': 'Google SRE book ch. 15 “Postmortem Culture” and SRE workbook ch. 10 (its “bad postmortem” example)',
  'guide:etsy': 'Etsy, “Blameless PostMortems and a Just Culture” (codeascraft.com, 2012)',
  'guide:pagerduty': 'PagerDuty postmortem guide, “The Blameless Postmortem” (postmortems.pagerduty.com/culture/blameless)',
  'guide:atlassian': 'Atlassian Incident Management Handbook, postmortems chapter (atlassian.com/incident-management)',
  'guide:dekker': 'Sidney Dekker, The Field Guide to Understanding “Human Error”: counterfactuals, the bad-apple view',
  'guide:lfi': 'Learning from Incidents community writing on counterfactuals and hindsight bias (learningfromincidents.io)',
  'tech:git': 'Git and code-hosting docs (git blame, ignore files)',
  'tech:error-tracking': 'Error-tracking product docs (Sentry “culprit”, suspect commits)',
  'tech:os': 'Operating-system and hardware docs (page fault, fault domains, dropped packets)',
  'tech:cloud-docs': 'Cloud and Kubernetes reference docs (fault tolerance, failed probes, ignore flags)',
  'tech:repro': 'Bug reports’ steps to reproduce and test plans',
} as const;

/** What makes a sentence blameful, or what makes a blameless one easy to flag by mistake. */
export type SentenceKind =
  // Blameless
  | 'published' // how a published postmortem says it
  | 'system-should' // "should have" / counterfactual about a system
  | 'rejects-blame' // a sentence that rejects blame language, or quotes it
  | 'technical-mistake' // "mistake"/"error" in a neutral technical use
  | 'system-failed' // "failed to" with a system subject
  | 'technical-sense' // a flagged word's technical sense: product names, components, reproduction steps
  | 'neutral-person' // a person named as an actor, in any script, doing something neutral
  // Blameful
  | 'no-trigger' // a person, handle or role + a verb of negative action, inaction or slowness, no listed word
  | 'motive' // imputed motives
  | 'sarcasm'
  | 'accountability' // punishment and accountability language
  | 'counterfactual-inverted' // "Had X done …"
  | 'counterfactual-modal' // modal (+ adverbs) + perfect
  | 'counterfactual-passive' // "should have been caught"
  | 'counterfactual-anyone' // "anyone would have …"
  | 'passive-agent' // "<bad outcome> <verb>ed by <person>"
  | 'near-miss' // the same idea as a listed phrase, phrased differently; idioms of incompetence
  | 'team-subject' // a team or department as the blamed subject
  | 'trigger-word' // the classic phrases ("human error", "forgot", "careless", "at fault")
  | 'hindsight' // hindsight minimisers about someone's action
  | 'root-cause-person';

export interface CorpusSentence {
  text: string;
  /** True when a reviewer would ask the author to rewrite it as blameless. */
  blameful: boolean;
  kind: SentenceKind;
  source: SourceTag;
  /** Checked with no responders or authors entered (the checker must manage with handles, roles and pronouns). */
  noPeople?: true;
}

/** The responders and authors the corpus is checked with (unless a sentence says `noPeople`). */
export const CORPUS_PEOPLE: readonly string[] = [
  'Alice Chen',
  'Bob Stone',
  '@dave',
  'Mary Ann Lopez',
  'İlker Yılmaz',
  'Ελένη Παπαδοπούλου',
  'Νίκος Γεωργίου',
  'Андрей Петров',
  'Zofia Wiśniewska',
  'Priya Raman',
  'Sam Okafor',
  'Jean-Luc Martin',
  'Kenji Watanabe',
  'Fatima Al-Sayed',
  'Will Turner',
  'Grace Kim',
  '@mkowalski',
  '@tanaka-s',
];

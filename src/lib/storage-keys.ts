// Every localStorage key Outage Kit uses, in one place, so exports, "clear all data" and tests agree.

/** The persisted app state (zustand `persist`). */
export const STATE_KEY = 'outage-kit:state';

/** Prefix of backups of saved text that could not be read; the suffix is an ISO timestamp. */
export const BACKUP_KEY_PREFIX = 'outage-kit:backup:';

/** Prefix of unsent drafts (a half-typed note, an edited status update) in sessionStorage, one key per incident and field. */
export const DRAFT_KEY_PREFIX = 'outage-kit:draft:';

/** The embed builder's last chosen target tab (a UI preference, not part of the exported data). */
export const EMBED_TARGET_KEY = 'outage-kit:embed-target';

/** The issue tracker the postmortem's "Create issue" links go to (a browser preference, not part of a postmortem). */
export const TRACKER_KEY = 'outage-kit:tracker';

/** The review deadline per severity the postmortem tool uses in this browser (a preference, not part of a postmortem). */
export const REVIEW_RULES_KEY = 'outage-kit:review-rules';

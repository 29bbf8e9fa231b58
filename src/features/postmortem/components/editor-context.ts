// What every part of the editor needs: the document, a way to change it, and the checker's findings per field.
import type { Finding } from '../domain/check-blameless';
import type { Severity } from '../../incident/domain/incident-types';
import type { PostmortemDoc } from '../domain/postmortem-types';
import type { ReviewRule } from '../domain/review-due';

export type EditPostmortem = (update: (doc: PostmortemDoc) => PostmortemDoc) => void;

export interface EditorProps {
  doc: PostmortemDoc;
  edit: EditPostmortem;
  /** Open (not dismissed) findings of a checked field, by field id ('title', 'section:summary', 'action:action-1'…). */
  findingsFor: (fieldId: string) => readonly Finding[];
  onDismiss: (key: string) => void;
  /** Epoch ms of the current minute. */
  now: number;
  /** This browser's review deadlines (use-review-rules.ts), for every due date the editor derives. */
  reviewRules: Record<Severity, ReviewRule>;
}

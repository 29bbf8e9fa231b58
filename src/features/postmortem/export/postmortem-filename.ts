// File names for exported postmortems: dated and readable, safe on every file system.
import { slugifyFilename } from '../../../lib/download';
import type { PostmortemDoc } from '../domain/postmortem-types';

export type PostmortemExportExtension = 'pdf' | 'md' | 'json' | 'csv' | 'ics';

/** "2026-11-24-checkout-payments-failed-after-a-connection-pool-change.pdf"; "postmortem.md" for an untitled, undated one. */
export function createPostmortemFilename(doc: Pick<PostmortemDoc, 'title' | 'date'>, extension: PostmortemExportExtension): string {
  const name = slugifyFilename(doc.title, 'postmortem');
  const date = /^\d{4}-\d{2}-\d{2}$/.test(doc.date) ? `${doc.date}-` : '';
  return `${date}${name}.${extension}`;
}

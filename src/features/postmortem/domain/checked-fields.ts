// The text fields of a postmortem that the blameless checker reads, and how to replace one field's text.
import type { PostmortemDoc } from './postmortem-types';

/** A text field the checker reads: its id (for dismissals and focusing), label, section and text. */
export interface CheckedField {
  fieldId: string;
  fieldLabel: string;
  sectionId?: string;
  text: string;
}

/** Every checked text field of the document, in document order. Hidden sections and what they hold are skipped. */
export function listCheckedFields(doc: PostmortemDoc): CheckedField[] {
  const fields: CheckedField[] = [{ fieldId: 'title', fieldLabel: 'Title', text: doc.title }];
  const seenKinds = new Set<string>();
  const fiveWhysHost = findFiveWhysSection(doc);
  for (const section of doc.sections) {
    if (section.hidden) continue;
    const title = section.title.trim() || 'Untitled section';
    fields.push({ fieldId: `section:${section.id}`, fieldLabel: title, sectionId: section.id, text: section.body });
    const first = !seenKinds.has(section.kind);
    seenKinds.add(section.kind);
    if (!first) continue;
    if (section.kind === 'impact') {
      fields.push({ fieldId: 'impact-notes', fieldLabel: `${title}: notes`, sectionId: section.id, text: doc.impact.notes });
    }
    if (section.kind === 'timeline') {
      doc.timeline.forEach((row, index) => {
        fields.push({ fieldId: `timeline:${row.id}`, fieldLabel: `${title}, row ${index + 1}`, sectionId: section.id, text: row.text });
      });
    }
    if (section.kind === 'action-items') {
      doc.actionItems.forEach((item, index) => {
        fields.push({ fieldId: `action:${item.id}`, fieldLabel: `Action item ${index + 1}`, sectionId: section.id, text: item.description });
      });
    }
    if (fiveWhysHost && section.id === fiveWhysHost.id) {
      doc.fiveWhys.forEach((why, index) => {
        fields.push({ fieldId: `why:${why.id}:why`, fieldLabel: `Why ${index + 1} (question)`, sectionId: section.id, text: why.why });
        fields.push({ fieldId: `why:${why.id}:because`, fieldLabel: `Why ${index + 1} (answer)`, sectionId: section.id, text: why.because });
      });
    }
  }
  return fields;
}

/**
 * The section that shows the five whys: the first Root causes section, else the first Contributing factors
 * section; null when neither exists or the one found is hidden.
 */
export function findFiveWhysSection(doc: Pick<PostmortemDoc, 'sections'>): PostmortemDoc['sections'][number] | null {
  const host = doc.sections.find((s) => s.kind === 'root-causes') ?? doc.sections.find((s) => s.kind === 'contributing-factors');
  return host && !host.hidden ? host : null;
}

/**
 * The document with one checked field's text replaced (by the field ids of `listCheckedFields`): how a rewrite the
 * checker proposes is applied, and undone. Unknown ids leave the document as it is.
 */
export function replaceCheckedFieldText(doc: PostmortemDoc, fieldId: string, text: string): PostmortemDoc {
  if (fieldId === 'title') return { ...doc, title: text };
  if (fieldId === 'impact-notes') return { ...doc, impact: { ...doc.impact, notes: text } };
  const [kind, id, part] = fieldId.split(':');
  if (kind === 'section') return { ...doc, sections: doc.sections.map((s) => (s.id === id ? { ...s, body: text } : s)) };
  if (kind === 'timeline') return { ...doc, timeline: doc.timeline.map((r) => (r.id === id ? { ...r, text } : r)) };
  if (kind === 'action') return { ...doc, actionItems: doc.actionItems.map((a) => (a.id === id ? { ...a, description: text } : a)) };
  if (kind === 'why' && (part === 'why' || part === 'because')) return { ...doc, fiveWhys: doc.fiveWhys.map((w) => (w.id === id ? { ...w, [part]: text } : w)) };
  return doc;
}

/** The current text of a checked field, or null when the field does not exist. */
export function readCheckedFieldText(doc: PostmortemDoc, fieldId: string): string | null {
  if (fieldId === 'title') return doc.title;
  if (fieldId === 'impact-notes') return doc.impact.notes;
  const [kind, id, part] = fieldId.split(':');
  if (kind === 'section') return doc.sections.find((s) => s.id === id)?.body ?? null;
  if (kind === 'timeline') return doc.timeline.find((r) => r.id === id)?.text ?? null;
  if (kind === 'action') return doc.actionItems.find((a) => a.id === id)?.description ?? null;
  if (kind === 'why' && (part === 'why' || part === 'because')) {
    const why = doc.fiveWhys.find((w) => w.id === id);
    return why ? why[part] : null;
  }
  return null;
}

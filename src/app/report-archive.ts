// Reading a team's archive for the Reports tool with the app's own import parsers and limits: an "Export all data"
// file (all or nothing, as "Import all data" reads it), an incident file or a postmortem file. Loaded on the first
// import only; nothing read here is saved.
import type { ArchiveParseResult } from '../features/reports/components/archive-import';
import { INCIDENT_FORMAT, parseIncidentJson } from '../features/incident/domain/incident-schema';
import { parsePostmortemJson, POSTMORTEM_FILE_FORMAT } from '../features/postmortem/export/postmortem-json';
import { ALL_DATA_FORMAT } from './data-export';
import { parseAllData } from './data-transfer';

const FOREIGN =
  'This is not a file Outage Kit can report on. Import an "Export all data" file, or an incident or postmortem exported as JSON.';

/** Whether the text is a JSON object, and the `format` it claims (the real parser then checks everything). */
function readClaimedFormat(text: string): { object: boolean; format: unknown } {
  try {
    const value: unknown = JSON.parse(text);
    const object = typeof value === 'object' && value !== null && !Array.isArray(value);
    return { object, format: object ? (value as { format?: unknown }).format : undefined };
  } catch {
    return { object: false, format: undefined };
  }
}

/** Reads one archive file; never throws. A refused file's messages say what is wrong and that nothing changed. */
export function parseArchiveFile(text: string): ArchiveParseResult {
  const { object, format } = readClaimedFormat(text);
  if (format === ALL_DATA_FORMAT) {
    const result = parseAllData(text);
    if (!result.ok) return result;
    return { ok: true, content: { incidents: result.state.incident.incidents, postmortems: result.state.postmortem.docs } };
  }
  if (format === POSTMORTEM_FILE_FORMAT) {
    const result = parsePostmortemJson(text);
    return result.ok ? { ok: true, content: { incidents: [], postmortems: [result.doc] } } : result;
  }
  const result = parseIncidentJson(text);
  if (result.ok) return { ok: true, content: { incidents: [result.incident], postmortems: [] } };
  // A JSON object with another (or no) format stamp: say what this import takes, not what the incident reader takes.
  if (object && format !== INCIDENT_FORMAT) return { ok: false, errors: [FOREIGN] };
  return result;
}

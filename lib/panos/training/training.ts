// Training texts: the one source of what each PAN-OS value means (the hover tips on log grids,
// the panel's "Learn" section and the glossary page all read it). Tables are in ./training/;
// values PAN-OS does not document are said to be undocumented, never given an invented meaning.

import { normaliseLogValue } from '../logs/threat-actions';
import { RULE_ACTION_ENTRIES, THREAT_ACTION_ENTRIES } from './actions';
import { END_REASON_ENTRIES } from './end-reasons';
import { ENDS_SESSION_LABELS, type GlossaryEntry, type GlossaryKind, KIND_LABELS } from './entry';
import {
  LOG_TYPE_ENTRIES,
  PROFILE_TYPE_ENTRIES,
  THREAT_SUBTYPE_ENTRIES,
  TRAFFIC_TYPE_ENTRIES,
} from './kinds';

export type { GlossaryEntry, GlossaryKind } from './entry';
export { KIND_LABELS } from './entry';

/** Every entry, in glossary order. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  ...END_REASON_ENTRIES,
  ...TRAFFIC_TYPE_ENTRIES,
  ...LOG_TYPE_ENTRIES,
  ...THREAT_SUBTYPE_ENTRIES,
  ...THREAT_ACTION_ENTRIES,
  ...RULE_ACTION_ENTRIES,
  ...PROFILE_TYPE_ENTRIES,
];

/** Traffic `session_end_reason` values, in PAN-OS priority order, then the undocumented ones. */
export const SESSION_END_REASONS: readonly string[] = END_REASON_ENTRIES.map((entry) => entry.value);

export function glossaryEntry(kind: GlossaryKind, value: string): GlossaryEntry | null {
  const key = normaliseLogValue(value);
  return GLOSSARY.find((entry) => entry.kind === kind && entry.value.toLowerCase() === key) ?? null;
}

/** "Ends the session" and the like; a profile type ends a session only through its action. */
export function endsSessionLabel(entry: GlossaryEntry): string {
  if (entry.kind === 'profile-type' && entry.endsSession === 'yes')
    return 'Can end the session (by its action)';
  if (entry.kind === 'traffic-type' && entry.endsSession === 'not-applicable')
    return 'Written when the session ended';
  if (entry.kind === 'threat-subtype' && entry.endsSession === 'unknown')
    return 'Its action says whether it ends the session';
  return ENDS_SESSION_LABELS[entry.endsSession];
}

/** Entries whose value, meaning, producer or kind contain every word of `query`. */
export function searchGlossary(query: string, entries: readonly GlossaryEntry[] = GLOSSARY): GlossaryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack =
      `${entry.value} ${entry.meaning} ${entry.producedBy} ${KIND_LABELS[entry.kind]}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

const noDescription = (value: string) =>
  `PAN-OS logged "${value.trim()}"; this extension has no description for it.`;

/** Training text for a traffic Session End Reason. */
export function endReasonText(reason: string): string {
  if (normaliseLogValue(reason) === '') return 'The log gives no Session End Reason.';
  return glossaryEntry('end-reason', reason)?.meaning ?? noDescription(reason);
}

const ACTION_ENDING_NOTES: Readonly<Record<GlossaryEntry['endsSession'], string>> = {
  yes: 'This action ends the session: it explains Session End Reason threat.',
  no: 'This action does not end the session by itself.',
  unknown: 'PAN-OS does not document whether this action ends the session.',
  'not-applicable': '',
};

/** What a threat log Action did to the traffic, and whether it ends the session. */
export function threatActionText(action: string): string {
  if (normaliseLogValue(action) === '') return 'The threat log gives no action.';
  const entry = glossaryEntry('threat-action', action);
  if (!entry) return noDescription(action);
  return `${entry.meaning} ${ACTION_ENDING_NOTES[entry.endsSession]}`.trim();
}

/** Which grid cell a hover tip explains: the field and the kind of log page it is on. */
export type TrainingCell =
  | { field: 'session_end_reason'; page: 'traffic' }
  | { field: 'action' | 'subtype'; page: 'traffic' | 'threat-side' };

export interface CellTip {
  title: string;
  text: string;
  /** Whether the value ends the session, in words ('' when it says nothing useful). */
  ending: string;
  documented: boolean;
}

/** The tip for one cell of a log grid, or null when the value is empty. */
export function cellTip(cell: TrainingCell, value: string): CellTip | null {
  const raw = value.trim();
  if (raw === '') return null;
  if (cell.field === 'session_end_reason') return tipFor('end-reason', 'Session End Reason', raw);
  if (cell.field === 'subtype') {
    return cell.page === 'traffic'
      ? tipFor('traffic-type', 'Type', raw)
      : tipFor('threat-subtype', 'Type (subtype)', raw);
  }
  return cell.page === 'threat-side'
    ? tipFor('threat-action', 'Action', raw)
    : tipFor('rule-action', 'Action', raw);
}

function tipFor(kind: GlossaryKind, label: string, raw: string): CellTip {
  const entry = glossaryEntry(kind, raw);
  if (!entry) return { title: `${label}: ${raw}`, text: noDescription(raw), ending: '', documented: false };
  const ending = kind === 'end-reason' || kind === 'log-type' ? '' : endsSessionLabel(entry);
  const producer = entry.documented ? ` Produced by: ${entry.producedBy}.` : '';
  return {
    title: `${label}: ${raw}`,
    text: `${entry.meaning}${producer}`,
    ending,
    documented: entry.documented,
  };
}

// The shape of one training (glossary) entry. Every text the tooltip, the panel and the
// glossary page show about a PAN-OS value comes from one of these.

export type GlossaryKind =
  | 'end-reason'
  | 'traffic-type'
  | 'log-type'
  | 'threat-subtype'
  | 'threat-action'
  | 'rule-action'
  | 'profile-type';

/** Does a log carrying this value mean the session was ended by it? */
export type EndsSession = 'yes' | 'no' | 'unknown' | 'not-applicable';

export interface GlossaryEntry {
  kind: GlossaryKind;
  /** The raw value as PAN-OS logs it (`tcp-rst-from-client`), or a profile type's name. */
  value: string;
  /** What it means, in plain words. For an undocumented value: says so, and nothing more. */
  meaning: string;
  endsSession: EndsSession;
  /** Which profile or feature produces it. */
  producedBy: string;
  /** False when PAN-OS documents no meaning for it (the meaning says so). */
  documented: boolean;
}

export const KIND_LABELS: Readonly<Record<GlossaryKind, string>> = {
  'end-reason': 'Session End Reason',
  'traffic-type': 'Traffic log type',
  'log-type': 'Log type',
  'threat-subtype': 'Threat log type (subtype)',
  'threat-action': 'Threat log action',
  'rule-action': 'Traffic log action (the rule)',
  'profile-type': 'Profile type',
};

export const ENDS_SESSION_LABELS: Readonly<Record<EndsSession, string>> = {
  yes: 'Ends the session',
  no: 'Does not end the session',
  unknown: 'PAN-OS does not document whether it ends the session',
  'not-applicable': 'Says how the session ended',
};

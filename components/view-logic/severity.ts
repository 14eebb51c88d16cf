// Threat severity -> label and chip colours. Colours follow the PAN-OS severity palette
// (red / orange / yellow / blue / grey), darkened where needed so chip text meets WCAG AA.

export type KnownSeverity = 'critical' | 'high' | 'medium' | 'low' | 'informational';

export interface SeverityStyle {
  /** Known level, or null when the log holds a value we do not know. */
  level: KnownSeverity | null;
  /** Text to show: the level's label, or the raw log value for unknown ones. */
  label: string;
  background: string;
  foreground: string;
}

const KNOWN: Readonly<Record<KnownSeverity, Omit<SeverityStyle, 'level'>>> = {
  critical: { label: 'Critical', background: '#b3001b', foreground: '#ffffff' },
  high: { label: 'High', background: '#b94700', foreground: '#ffffff' },
  medium: { label: 'Medium', background: '#f0c419', foreground: '#1a1a1a' },
  low: { label: 'Low', background: '#1d5f9e', foreground: '#ffffff' },
  informational: { label: 'Informational', background: '#5b6670', foreground: '#ffffff' },
};

const UNKNOWN_COLOURS = { background: '#e4e7eb', foreground: '#1a1a1a' };

/** PAN-OS logs `informational`; some exports shorten it. */
const ALIASES: Readonly<Record<string, KnownSeverity>> = { info: 'informational' };

export function severityStyle(severity: string): SeverityStyle {
  const key = severity.trim().toLowerCase();
  // Own properties only: a severity of 'constructor' or '__proto__' is just an unknown value.
  const level = Object.hasOwn(KNOWN, key)
    ? (key as KnownSeverity)
    : Object.hasOwn(ALIASES, key)
      ? ALIASES[key]
      : undefined;
  if (level !== undefined) return { level, ...KNOWN[level] };
  const label = severity.trim() === '' ? 'Unknown' : severity;
  return { level: null, label, ...UNKNOWN_COLOURS };
}

/** Every known level, most severe first (for legends and tests). */
export const SEVERITY_LEVELS: readonly KnownSeverity[] = [
  'critical',
  'high',
  'medium',
  'low',
  'informational',
];

// Threat log actions (reference section 7) and which of them end a session, which is what
// explains a traffic log whose session_end_reason is `threat`.

export const THREAT_ACTIONS = [
  'alert',
  'allow',
  'deny',
  'drop',
  'drop-all-packets',
  'reset-client',
  'reset-server',
  'reset-both',
  'block-url',
  'block-ip',
  'random-drop',
  'sinkhole',
  'syncookie-sent',
  'block-continue',
  'continue',
  'block-override',
  'override-lockout',
  'override',
  'block',
] as const;

const SESSION_ENDING = new Set([
  'reset-client',
  'reset-server',
  'reset-both',
  'drop',
  'drop-all-packets',
  'block-ip',
  'block-url',
  'block-continue',
  'block-override',
  'deny',
  'block',
]);

/** Log values are raw text: compare trimmed and lower-cased. */
export function normaliseLogValue(value: string): string {
  return value.trim().toLowerCase();
}

export function isSessionEndingAction(action: string): boolean {
  return SESSION_ENDING.has(normaliseLogValue(action));
}

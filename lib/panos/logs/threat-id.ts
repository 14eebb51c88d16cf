// The threat log's `threatid` holds either 'Name(12345)' or the name alone, with the number in
// `tid` (reference section 6). URL logs carry '(9999)': no name, only an id.

export interface ThreatIdentity {
  /** Threat name without the '(12345)' suffix; '' when the log gives only a number. */
  name: string;
  /** Digits only, or '' when unknown. */
  id: string;
}

/** A trailing '(digits)', with any spacing; parentheses earlier in the name stay in the name. */
const TRAILING_ID = /^([\s\S]*?)\s*\(\s*(\d+)\s*\)\s*$/;
const DIGITS_ONLY = /^\d+$/;

export function parseThreatId(threatid: string, tid?: string): ThreatIdentity {
  const text = (threatid ?? '').trim();
  const tidDigits = (tid ?? '').trim();
  const fallbackId = DIGITS_ONLY.test(tidDigits) ? tidDigits : '';
  const match = TRAILING_ID.exec(text);
  if (match) return { name: (match[1] ?? '').trim(), id: match[2] ?? '' };
  if (DIGITS_ONLY.test(text)) return { name: '', id: text };
  return { name: text, id: fallbackId };
}

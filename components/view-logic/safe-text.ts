// Log text on one line for exports: attacker-controlled fields must not forge extra lines,
// hide text behind bidi overrides or carry invisible control characters into a ticket.

// Controls (Cc), format characters (Cf: bidi embeddings/overrides/isolates, zero-width marks,
// BOM) and line/paragraph separators.
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
// The zero-width joiner only glues emoji sequences together: harmless, keep it.
const ZERO_WIDTH_JOINER = '\u200D';

function visible(char: string): string {
  if (char === ZERO_WIDTH_JOINER) return char;
  const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `[U+${hex}]`;
}

/** Newlines and tabs become spaces; invisible and control characters become visible `[U+XXXX]`. */
export function oneLineVisible(value: string): string {
  return value.replace(/\r\n|[\r\n\t]/g, ' ').replace(INVISIBLE_OR_CONTROL, visible);
}

/** True when the text holds characters that would not show, or that reorder what does. */
export function hasHiddenCharacters(value: string): boolean {
  INVISIBLE_OR_CONTROL.lastIndex = 0;
  for (const match of value.matchAll(INVISIBLE_OR_CONTROL)) {
    if (match[0] !== ZERO_WIDTH_JOINER && match[0] !== '\n' && match[0] !== '\t' && match[0] !== '\r')
      return true;
  }
  return false;
}

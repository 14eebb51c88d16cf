// Log text inside Markdown: every ASCII punctuation character gets a backslash (CommonMark
// allows escaping any of them), so no emphasis, link, heading, table cell, raw HTML, entity or
// autolink (`://`, `www.`, `@`) can start from log text. One line, controls made visible.

import { oneLineVisible } from './safe-text';

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

export function escapeMarkdown(value: string): string {
  return oneLineVisible(value).replace(ASCII_PUNCTUATION, (char) => `\\${char}`);
}

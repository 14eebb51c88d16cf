// A log value as text. Long values get a capped, scrollable box so one 10 kB field cannot push
// the rest of the panel out of reach; values with hidden direction or control characters get a
// visible note, since a bidi override can make `x.exe` read as `x.txt`.

import { hasHiddenCharacters, oneLineVisible } from './view-logic/safe-text';

// Inline values are short fields; paragraphs are prose that may quote log text.
const LONG_INLINE = 160;
const LONG_PROSE = 600;
const NOTE_TITLE_MAX = 300;

export interface LogTextProps {
  value: string;
  /** Element to render: an inline value, or a paragraph / list item of its own. */
  as?: 'span' | 'p' | 'li';
  class?: string;
  part?: string;
}

export function LogText({ value, as: Tag = 'span', class: extra, part }: LogTextProps) {
  const long = value.length > (Tag === 'span' ? LONG_INLINE : LONG_PROSE);
  const classes = ['tl-value', long ? 'tl-value-long' : '', extra ?? ''].filter(Boolean).join(' ');
  const hidden = hasHiddenCharacters(value);
  const text = (
    // A scrollable box must be reachable by keyboard.
    <span class={classes} tabIndex={long ? 0 : undefined} data-part={part}>
      {value}
    </span>
  );
  const note = hidden && (
    <span class="tl-hidden-note" title={oneLineVisible(value).slice(0, NOTE_TITLE_MAX)}>
      contains hidden characters
    </span>
  );
  if (Tag === 'span') {
    return (
      <>
        {text}
        {note}
      </>
    );
  }
  return (
    <Tag class={Tag === 'p' ? 'tl-para' : undefined}>
      {text}
      {note}
    </Tag>
  );
}

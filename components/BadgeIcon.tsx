// The badge glyph: a shield with an exclamation mark, as SVG elements (no markup strings).

export function BadgeIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path class="tl-shield" d="M8 0.8 14.2 3v4.6c0 3.8-2.6 6.5-6.2 7.6C4.4 14.1 1.8 11.4 1.8 7.6V3Z" />
      <rect class="tl-mark" x="7" y="3.6" width="2" height="5.6" rx="0.6" />
      <rect class="tl-mark" x="7" y="10.4" width="2" height="2" rx="0.6" />
    </svg>
  );
}

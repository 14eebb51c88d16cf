import type { ComponentChildren } from 'preact';
import { LogText } from '../LogText';

/** A titled part of the panel; the heading labels the region for screen readers. */
export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  const headingId = `tl-section-${id}`;
  return (
    <section class="tl-section" aria-labelledby={headingId} data-section={id}>
      <h3 class="tl-section-title" id={headingId}>
        {title}
      </h3>
      {children}
    </section>
  );
}

export function TextList({ items, numbered = false }: { items: string[]; numbered?: boolean }) {
  const children = items.map((item, i) => <LogText key={i} as="li" value={item} />);
  return numbered ? <ol class="tl-list">{children}</ol> : <ul class="tl-list">{children}</ul>;
}

// Every log field is attacker-controlled: the hostile fixture must come out as characters only.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOSTILE_STRINGS, hostile } from '../tests/fixtures/explanations';
import { createBadgeView } from './badge-view';
import { EndReasonHelp } from './EndReasonHelp';
import { createPreactContainer, floatingHost } from './preact-container';
import { SidePanel } from './SidePanel';
import { SummaryBar } from './SummaryBar';
import { BASE_CSS } from './styles/base-css';
import { PANEL_CSS } from './styles/panel-css';
import { Tooltip } from './Tooltip';

const OUR_TAGS = new Set(
  'div span p h2 h3 button section details summary dl dt dd ul ol li table caption colgroup col thead tbody tr th td strong style svg path rect'.split(
    ' ',
  ),
);

afterEach(() => {
  document.body.replaceChildren();
  delete (window as { __pwned?: unknown }).__pwned;
});

function mountAll() {
  const host = floatingHost(document, 'threat-lens-panel');
  const badge = document.createElement('span');
  document.body.append(badge);
  const state = { kind: 'done', explanation: hostile } as const;
  const tree = (
    <>
      <SidePanel
        state={state}
        returnFocusTo={badge}
        onClose={vi.fn()}
        onOpenDetailedLog={vi.fn()}
        showTraining
      />
      <Tooltip
        state={state}
        anchorRect={{ top: 1, left: 1, bottom: 2, right: 2, width: 1, height: 1 }}
        viewport={{ width: 1280, height: 720 }}
      />
      <SummaryBar
        flagged={1}
        visible={2}
        problem={{ message: HOSTILE_STRINGS[0], fix: HOSTILE_STRINGS[1] }}
      />
      <EndReasonHelp reason={HOSTILE_STRINGS[2]} text={HOSTILE_STRINGS[3]} />
    </>
  );
  createPreactContainer(host, PANEL_CSS, () => tree).render();
  const shadow = host.shadowRoot!;
  const handlers = { onShowTooltip: vi.fn(), onHideTooltip: vi.fn(), onOpenPanel: vi.fn() };
  createBadgeView(shadow, handlers).update(state, false);
  return shadow;
}

describe('hostile log text', () => {
  it('creates no element of its own: no script, img, link or handler', () => {
    const shadow = mountAll();
    const tags = new Set([...shadow.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()));
    for (const tag of tags) expect(OUR_TAGS, `unexpected <${tag}>`).toContain(tag);
    expect(shadow.querySelectorAll('script, img, iframe, object, embed, a')).toHaveLength(0);
    expect(document.querySelectorAll('script, img')).toHaveLength(0);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    for (const el of shadow.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        expect(attr.startsWith('on'), `${attr} on <${el.tagName}>`).toBe(false);
        if (attr === 'href' || attr === 'src' || attr === 'style') {
          expect(el.getAttribute(attr)).not.toMatch(/javascript:|<|onerror/i);
        }
      }
    }
  });

  it('shows each hostile value as exactly the characters it holds', () => {
    const shadow = mountAll();
    const panel = shadow.querySelector('[role="dialog"]')!;
    // The value itself; a 'hidden characters' note may follow it.
    expect(panel.querySelector('[data-part="headline"]')?.textContent).toBe(hostile.headline);
    expect(panel.querySelector('[data-part="summary"]')?.textContent).toBe(hostile.summary);
    const fact = (section: string, key: string) =>
      panel.querySelector(
        `[data-section="${section}"] [data-fact="${key}"] dd .tl-value, [data-section="${section}"] [data-fact="${key}"] dd .tl-chip`,
      )?.textContent;
    expect(fact('threat', 'threat-name')).toBe(hostile.threat!.name);
    expect(fact('threat', 'threat-id')).toBe(hostile.threat!.id);
    expect(fact('threat', 'url-or-file')).toBe(hostile.threat!.urlOrFile);
    expect(fact('profile', 'profile-name')).toBe(hostile.profile!.profileName);
    expect(fact('profile', 'group')).toBe(hostile.profile!.groupName);
    expect(fact('traffic', 'session-id')).toBe(hostile.traffic.sessionid);
    expect(fact('traffic', 'app')).toBe(hostile.traffic.app);
    // Unknown severities are shown as their own text.
    expect(fact('threat', 'severity')).toBe(hostile.threat!.severity);
    const text = shadow.textContent ?? '';
    for (const value of HOSTILE_STRINGS) expect(text.includes(value)).toBe(true);
    const badge = shadow.querySelector('.tl-badge')!;
    expect(badge.getAttribute('aria-label')).toContain(hostile.headline);
  });

  it('flags values whose characters would hide or reorder text', () => {
    const shadow = mountAll();
    const value = [...shadow.querySelectorAll('.tl-value')].find(
      (el) => el.textContent === 'safe\u202Etxt.exe',
    )!;
    const note = value.nextElementSibling!;
    expect(note.className).toBe('tl-hidden-note');
    expect(note.textContent).toBe('contains hidden characters');
    expect(note.getAttribute('title')).toBe('safe[U+202E]txt.exe');
    const plain = [...shadow.querySelectorAll('.tl-value')].find(
      (el) => el.textContent === HOSTILE_STRINGS[2],
    )!;
    expect(plain.nextElementSibling?.className).not.toBe('tl-hidden-note');
  });

  it('wraps and caps long values instead of stretching the panel', () => {
    const shadow = mountAll();
    const long = [...shadow.querySelectorAll<HTMLElement>('.tl-value-long')];
    expect(long.length).toBeGreaterThan(0);
    expect(long.some((el) => el.textContent === HOSTILE_STRINGS[4])).toBe(true);
    expect(BASE_CSS).toMatch(/\.tl-value \{[^}]*overflow-wrap: anywhere/);
    expect(BASE_CSS).toMatch(/\.tl-value \{[^}]*word-break: break-word/);
    expect(BASE_CSS).toMatch(/\.tl-value \{[^}]*unicode-bidi: isolate/);
    expect(BASE_CSS).toMatch(/\.tl-value-long \{[^}]*max-height: [\d.]+em/);
    expect(PANEL_CSS).toMatch(/\.tl-panel-body \{[^}]*overflow-x: hidden/);
    expect(PANEL_CSS).toMatch(/grid-template-columns: 110px minmax\(0, 1fr\)/);
  });
});

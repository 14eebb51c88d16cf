import { afterEach, describe, expect, it } from 'vitest';
import { type Rendered, renderInto } from '../tests/support/test-render';
import { EndReasonHelp } from './EndReasonHelp';
import { SummaryBar, summaryText } from './SummaryBar';

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.cleanup();
  rendered = null;
});

describe('summaryText', () => {
  it.each([
    [7, 20, '7 of 20 ended for a threat'],
    [1, 20, '1 of 20 ended for a threat'],
    [1, 1, '1 of 1 ended for a threat'],
    [2, 2, '2 of 2 ended for a threat'],
  ])('%i of %i', (flagged, visible, text) => {
    expect(summaryText(flagged, visible)).toBe(text);
  });
});

describe('SummaryBar', () => {
  it('shows the count, then the causes as buttons that mark and step', () => {
    const causes = [
      { id: 'Vulnerability Protection', label: 'Vulnerability Protection', rows: [0, 4, 9] },
      { id: 'URL Filtering', label: 'URL Filtering', rows: [2, 3] },
      { id: 'not found', label: 'not found', rows: [7] },
    ];
    const chosen: string[] = [];
    rendered = renderInto(
      <SummaryBar flagged={6} visible={20} causes={causes} onChooseCause={(id) => chosen.push(id)} />,
    );
    expect(rendered.container.textContent).toContain(
      '6 of 20 ended for a threat: 3 Vulnerability Protection, 2 URL Filtering, 1 not found',
    );
    expect(summaryText(6, 20, causes)).toBe(
      '6 of 20 ended for a threat: 3 Vulnerability Protection, 2 URL Filtering, 1 not found',
    );
    // Clipped in a narrow toolbar: the whole line stays readable on hover.
    expect(rendered.container.querySelector('[data-part="summary"]')?.getAttribute('title')).toBe(
      '6 of 20 ended for a threat: 3 Vulnerability Protection, 2 URL Filtering, 1 not found',
    );
    const button = rendered.container.querySelector<HTMLButtonElement>('[data-cause="URL Filtering"]')!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    button.click();
    expect(chosen).toEqual(['URL Filtering']);
    rendered.rerender(
      <SummaryBar flagged={6} visible={20} causes={causes} chosen={{ id: 'URL Filtering', position: 1 }} />,
    );
    expect(button.getAttribute('aria-pressed')).toBe('true');
    const position = rendered.container.querySelector('[data-part="cause-position"]')!;
    expect(position.getAttribute('role')).toBe('status');
    expect(position.textContent).toBe('URL Filtering: row 2 of 2');
  });

  it('renders nothing for zero unless asked, then a muted line', () => {
    rendered = renderInto(<SummaryBar flagged={0} visible={20} />);
    expect(rendered.container.childNodes).toHaveLength(0);
    rendered.rerender(<SummaryBar flagged={0} visible={20} showZero />);
    expect(rendered.container.textContent).toBe('No allow + threat sessions on this page');
    rendered.rerender(<SummaryBar flagged={0} visible={0} showZero />);
    expect(rendered.container.childNodes).toHaveLength(0);
  });

  it('shows a problem line with its fix, even without a count', () => {
    const problem = {
      message: 'The Session End Reason column is hidden.',
      fix: 'Show it from the column menu.',
    };
    rendered = renderInto(<SummaryBar flagged={0} visible={20} problem={problem} />);
    const line = rendered.container.querySelector('[data-part="problem"]')!;
    expect(line.getAttribute('role')).toBe('alert');
    expect(line.textContent).toBe(`${problem.message} ${problem.fix}`);
  });
});

describe('EndReasonHelp', () => {
  it('shows the reason and its training text', () => {
    rendered = renderInto(<EndReasonHelp reason="aged-out" text="No packets were seen for the session." />);
    expect(rendered.container.textContent).toBe(
      'Session End Reason aged-out:No packets were seen for the session.',
    );
  });

  it('says when there is no reason', () => {
    rendered = renderInto(<EndReasonHelp reason="" text="The log gives no Session End Reason." />);
    expect(rendered.container.querySelector('.tl-code')?.textContent).toBe('(none)');
  });
});

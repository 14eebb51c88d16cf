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
    [7, 20, '7 of 20 sessions allowed by policy, then ended by a security profile'],
    [1, 20, '1 of 20 sessions allowed by policy, then ended by a security profile'],
    [1, 1, '1 of 1 session allowed by policy, then ended by a security profile'],
    [2, 2, '2 of 2 sessions allowed by policy, then ended by a security profile'],
  ])('%i of %i', (flagged, visible, text) => {
    expect(summaryText(flagged, visible)).toBe(text);
  });
});

describe('SummaryBar', () => {
  it('shows the count as a status', () => {
    rendered = renderInto(<SummaryBar flagged={7} visible={20} />);
    const count = rendered.container.querySelector('[data-part="count"]')!;
    expect(count.textContent).toBe('7 of 20 sessions allowed by policy, then ended by a security profile');
    expect(count.getAttribute('role')).toBe('status');
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

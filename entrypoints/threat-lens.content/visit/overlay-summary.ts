// The page summary of one visit, by cause, in the grid's paging toolbar. Choosing a cause
// outlines its rows, the current one stronger, and brings that one into view.

import { h } from 'preact';
import { createPreactContainer, type PreactContainer } from '../../../components/preact-container';
import { SummaryBar, type SummaryBarProps } from '../../../components/SummaryBar';
import { SUMMARY_CSS } from '../../../components/styles/summary-css';
import type { CauseGroup } from '../../../components/view-logic/summary-causes';
import { isMarked, markRow, revealRow, unmarkAll } from '../../../lib/page/row-highlight';
import { GRID_ROW_SELECTOR } from '../../../lib/page/selectors';
import { createSummaryHost } from '../../../lib/page/summary-host';
import type { ChosenCause, VisitChange, VisitPart, VisitState } from './visit-state';

const CAUSE_MARKS = ['cause', 'cause-current'] as const;

export function createOverlaySummary(state: VisitState): VisitPart {
  let container: PreactContainer | null = null;
  let props: SummaryBarProps | null = null;
  /** What the summary shows now, to skip renders (and marking) that would change nothing. */
  let shown = '';

  const view = () => props && h(SummaryBar, props);

  /** Marks the chosen cause's rows, the current one stronger, and brings it into view. */
  function markCause(body: Element, groups: CauseGroup[], chosen: ChosenCause | null) {
    unmarkAll(body, CAUSE_MARKS);
    const group = chosen ? groups.find((g) => g.id === chosen.id) : undefined;
    if (!group || !chosen) return;
    const rowsByIndex = new Map(state.flagged().map((badge) => [badge.row.index, badge.host]));
    group.rows.forEach((index, i) => {
      const row = rowsByIndex.get(index)?.closest<HTMLElement>(GRID_ROW_SELECTOR);
      // The explained row keeps its own mark.
      if (!row || isMarked(row, 'explained')) return;
      markRow(row, i === chosen.position ? 'cause-current' : 'cause');
      if (i === chosen.position) revealRow(row);
    });
  }

  function remove() {
    container?.destroy();
    container = null;
  }

  function render() {
    const input = state.summary();
    if (!input) return;
    // A grid render can drop the toolbar the host sat in: place a new one.
    if (container && !container.host.isConnected) remove();
    if (!container) {
      container = createPreactContainer(createSummaryHost(input.grid), SUMMARY_CSS, view);
      shown = '';
    }
    const groups = state.causes();
    let chosen = state.chosenCause();
    if (chosen && !groups.some((g) => g.id === chosen?.id)) {
      state.forgetCause();
      chosen = null;
    }
    // Most grid renders and answers change nothing here: render (and mark) only what changed.
    const { flagged, visible, problem } = input;
    const next = JSON.stringify([flagged, visible, problem?.message, problem?.fix, groups, chosen]);
    if (next === shown) return;
    shown = next;
    markCause(input.grid.body, groups, chosen);
    props = { flagged, visible, problem, causes: groups, chosen, onChooseCause: state.chooseCause };
    container.render();
  }

  return {
    update(change: VisitChange) {
      if (change.kind === 'lookup' || change.kind === 'summary') render();
    },
    dispose() {
      const input = state.summary();
      if (input) unmarkAll(input.grid.body, CAUSE_MARKS);
      remove();
    },
  };
}

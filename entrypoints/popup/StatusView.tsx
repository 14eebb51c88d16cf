import type { StrategyId, StrategyNote, StrategyOutcome } from '../../lib/lookup/strategy';
import { STRATEGY_LABELS } from '../../lib/lookup/strategy';
import type { PageStatus } from '../../lib/messages';
import { unreadableLogsNote } from '../../lib/panos/api/role-access';

const ROW_SOURCE: Record<PageStatus['rowSource'], string> = {
  store: "the grid's own data",
  dom: "the grid's visible text (fallback)",
  none: 'nothing: Action or Session End Reason cannot be read',
};

const OUTCOME: Record<StrategyOutcome, string> = {
  untried: 'not tried yet',
  proven: 'works',
  inconclusive: 'inconclusive',
  unavailable: 'not available here',
  failed: 'failed',
};

const NOTE: Record<StrategyNote, string> = {
  '': '',
  empty: 'answered with no entry',
  'no-content-job': 'the firewall gave no related-log job',
  'other-sessions': 'answered with entries of other sessions (filter ignored)',
  'timed-out': 'no answer in time',
  'error-answer': 'answered with an error',
  'no-page-context': 'the page held nothing to ask with',
  'not-on-page': 'not on this page',
  'no-query': 'the rows gave nothing to ask with',
  failed: 'error shown',
};

/** "works; 3 proven, 1 inconclusive (answered with no entry)" */
function outcomeLine(status: PageStatus, id: StrategyId, outcome: StrategyOutcome): string {
  const detail = status.strategyDetails?.[id];
  if (!detail) return OUTCOME[outcome];
  const counts = (['proven', 'inconclusive', 'unavailable', 'failed'] as const)
    .filter((kind) => detail[kind] > 0)
    .map((kind) => `${detail[kind]} ${kind}`);
  const note = NOTE[detail.note] ? ` (${NOTE[detail.note]})` : '';
  const retired = detail.retired && outcome !== 'unavailable' ? ', not asked again on this page' : '';
  return `${OUTCOME[outcome]}${counts.length > 0 ? `; ${counts.join(', ')}` : ''}${note}${retired}`;
}

const PRODUCT: Record<PageStatus['product'], string> = {
  firewall: 'Firewall',
  panorama: 'Panorama',
  unknown: 'PAN-OS (type not known yet)',
};

/** What the content script sees on the firewall tab, in plain words. */
export function StatusView({ origin, status }: { origin: string; status: PageStatus }) {
  const tried = Object.entries(status.strategies).filter(([, outcome]) => outcome !== 'untried');
  return (
    <div class="status">
      <dl>
        <dt>Firewall</dt>
        <dd>
          {PRODUCT[status.product]} at {origin}
          {status.productNote ? (
            <p class="product-note" data-part="product-note">
              {status.productNote}
            </p>
          ) : null}
        </dd>
        <dt>Page</dt>
        <dd>
          {status.loginPage
            ? 'Login page'
            : status.trafficPage
              ? 'Monitor > Traffic'
              : status.unrecognisedUi
                ? 'Monitor > Traffic, but this PAN-OS UI is not recognised'
                : status.waitingForGrid
                  ? 'Monitor > Traffic: waiting for its log grid'
                  : 'Another page: open Monitor > Traffic to see marks'}
        </dd>
        {status.trafficPage ? (
          <>
            <dt>Rows</dt>
            <dd>
              <strong>{status.rowsFlagged}</strong> of {status.rowsVisible} visible rows are allow + threat
            </dd>
            <dt>Read from</dt>
            <dd>{ROW_SOURCE[status.rowSource]}</dd>
            <dt>Lookup</dt>
            <dd>
              {status.activeStrategy
                ? `Works with ${STRATEGY_LABELS[status.activeStrategy]}`
                : tried.length > 0
                  ? 'No way to read the threat log works yet'
                  : 'Not needed yet'}
            </dd>
            {status.unreadableDatabases?.length ? (
              <>
                <dt>Not readable</dt>
                <dd data-part="unreadable-logs">{unreadableLogsNote(status.unreadableDatabases)}</dd>
              </>
            ) : null}
          </>
        ) : null}
      </dl>
      {tried.length > 0 ? (
        <details>
          <summary>Lookup methods tried</summary>
          <ul>
            {tried.map(([id, outcome]) => (
              <li key={id}>
                {STRATEGY_LABELS[id as StrategyId]}: {outcomeLine(status, id as StrategyId, outcome)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {status.problem ? (
        <div class="problem" role="status">
          <p>{status.problem.message}</p>
          <p class="fix">{status.problem.fix}</p>
        </div>
      ) : null}
    </div>
  );
}

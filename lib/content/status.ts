import { emptyDetails, untriedOutcomes } from '../lookup/strategy';
import type { PageStatus } from '../messages';

export function emptyStatus(): PageStatus {
  return {
    panosSigns: [],
    product: 'unknown',
    loginPage: false,
    trafficPage: false,
    rowSource: 'none',
    rowsVisible: 0,
    rowsFlagged: 0,
    strategies: untriedOutcomes(),
    strategyDetails: emptyDetails(),
    activeStrategy: null,
    problem: null,
  };
}

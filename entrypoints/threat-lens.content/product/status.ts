import { emptyDetails, untriedOutcomes } from '../../../lib/lookup/strategy';
import type { PageStatus } from '../../../lib/messages';
import type { ProductStatus } from './product-detector';

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

/** Panorama or firewall, and how it was decided, into the status the popup and diagnostics read. */
export function reportProduct(status: PageStatus, product: ProductStatus): void {
  status.product = product.product;
  status.productDecision = {
    state: product.state,
    decidedBy: product.decidedBy,
    against: product.against,
    remembered: product.remembered,
  };
  if (product.note) status.productNote = product.note;
  else delete status.productNote;
}

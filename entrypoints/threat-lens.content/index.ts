// First (a bare import keeps its place), so its time is taken before the other modules evaluate.
import './started-at';
import { startThreatLens } from './start';
import { STARTED_AT } from './started-at';
import { EVALUATE_MEASURE, measure } from './timing';

// Registered at run time, only for the firewall origins the user enabled (see lib/shell).
// `matches: []` keeps WXT from turning matches into install-time host permissions.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    startThreatLens(window, ctx.signal);
    measure(window, EVALUATE_MEASURE, STARTED_AT);
  },
});

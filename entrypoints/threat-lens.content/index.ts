import { startThreatLens } from '../../lib/content/start';

// Registered at run time, only for the firewall origins the user enabled (see lib/shell).
// `matches: []` keeps WXT from turning matches into install-time host permissions.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    startThreatLens(window, ctx.signal);
  },
});

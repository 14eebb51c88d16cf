// /__sim/…: the control endpoint for out-of-process users (the demo). Not logged, no faults.

import type { Reply } from './http-util';
import { jsonReply, reply } from './http-util';
import type { Faults, SimRequest } from './types';

export interface ControlActions {
  faults(): Faults;
  requests(): SimRequest[];
  clearRequests(): void;
  setFaults(faults: Partial<Faults>): void;
  resetFaults(): void;
  expireSessions(): void;
}

export function handleControl(method: string, path: string, body: string, actions: ControlActions): Reply {
  if (method === 'GET' && path === '/__sim/requests') return jsonReply(actions.requests());
  // Read by the app page's own scripts for the switches that play page behaviour.
  if (method === 'GET' && path === '/__sim/faults') return jsonReply(actions.faults());
  if (method !== 'POST') return reply(405, 'text/plain', 'use POST');
  switch (path) {
    case '/__sim/requests/clear':
      actions.clearRequests();
      return jsonReply({ ok: true });
    case '/__sim/faults': {
      let faults: unknown;
      try {
        faults = JSON.parse(body || '{}');
      } catch {
        return reply(400, 'text/plain', 'faults must be JSON');
      }
      if (typeof faults !== 'object' || faults === null || Array.isArray(faults)) {
        return reply(400, 'text/plain', 'faults must be a JSON object');
      }
      const { failLogTypes } = faults as { failLogTypes?: unknown };
      if (
        failLogTypes !== undefined &&
        !(Array.isArray(failLogTypes) && failLogTypes.every((type) => typeof type === 'string'))
      ) {
        return reply(400, 'text/plain', 'failLogTypes must be a list of log types');
      }
      actions.setFaults(faults as Partial<Faults>);
      return jsonReply({ ok: true });
    }
    case '/__sim/faults/reset':
      actions.resetFaults();
      return jsonReply({ ok: true });
    case '/__sim/expire-sessions':
      actions.expireSessions();
      return jsonReply({ ok: true });
    default:
      return reply(404, 'text/plain', 'unknown control endpoint');
  }
}

// Every request but the control ones, in order, so tests can count what the extension did.

import type { RequestNotes } from './context';
import type { EndpointKind, SimRequest } from './types';

export class RequestLog {
  private entries: SimRequest[] = [];
  private seq = 0;

  record(method: string, path: string, kind: EndpointKind, status: number, notes: RequestNotes): void {
    const entry: SimRequest = { seq: ++this.seq, time: Date.now(), method, path, kind, status };
    for (const [key, value] of Object.entries(notes)) {
      if (value !== undefined && value !== '') Object.assign(entry, { [key]: value });
    }
    this.entries.push(entry);
  }

  all(): SimRequest[] {
    return this.entries.map((entry) => ({ ...entry }));
  }

  clear(): void {
    this.entries = [];
  }
}

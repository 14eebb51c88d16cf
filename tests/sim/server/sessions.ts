// Web UI sessions: PHPSESSID -> user and Direct token seed, with idle expiry and the
// "expire after N more requests" fault.

import { randomBytes, randomInt } from 'node:crypto';

export interface WebSession {
  id: string;
  user: string;
  /** The token seed the app page publishes as window.Pan.st.st.st<seedKey>. */
  seed: string;
  seedKey: string;
  lastSeen: number;
}

export const USERS: Readonly<Record<string, string>> = { admin: 'admin' };

export function checkPassword(user: string, password: string): boolean {
  return Object.hasOwn(USERS, user) && USERS[user] === password;
}

export class SessionStore {
  private readonly sessions = new Map<string, WebSession>();
  /** Authenticated requests left before every session expires (the fault), or undefined. */
  private requestsLeft: number | undefined;

  constructor(private readonly idleSeconds: number) {}

  create(user: string): WebSession {
    const session: WebSession = {
      id: randomBytes(16).toString('hex'),
      user,
      seed: randomBytes(12).toString('base64url'),
      seedKey: String(randomInt(100000, 999999)),
      lastSeen: Date.now(),
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session for a cookie value (refreshing its idle timer), or null. */
  use(id: string | undefined): WebSession | null {
    if (!id) return null;
    const session = this.sessions.get(id);
    if (!session) return null;
    if (Date.now() - session.lastSeen > this.idleSeconds * 1000) {
      this.sessions.delete(id);
      return null;
    }
    if (this.requestsLeft !== undefined) {
      if (this.requestsLeft <= 0) {
        this.requestsLeft = undefined;
        this.expireAll();
        return null;
      }
      this.requestsLeft--;
    }
    session.lastSeen = Date.now();
    return session;
  }

  end(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }

  expireAll(): void {
    this.sessions.clear();
  }

  expireAfter(requests: number | undefined): void {
    this.requestsLeft = requests;
  }
}

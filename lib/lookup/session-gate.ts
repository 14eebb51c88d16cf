// Once the PAN-OS session is over, every lookup stops at once and nothing is retried until the
// page changes (a new login reloads the page, or the user navigates).
export interface SessionGate {
  readonly expired: boolean;
  expire(): void;
  reset(): void;
  onChange(listener: (expired: boolean) => void): () => void;
}

export function createSessionGate(): SessionGate {
  let expired = false;
  const listeners = new Set<(expired: boolean) => void>();
  const set = (value: boolean) => {
    if (expired === value) return;
    expired = value;
    for (const listener of listeners) listener(value);
  };
  return {
    get expired() {
      return expired;
    },
    expire: () => set(true),
    reset: () => set(false),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

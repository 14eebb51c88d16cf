// Scenario clock: a fixed base date so every run produces the same logs.

/** 2026/11/27 08:00:00, treated as the firewall's local time (formatted from UTC fields). */
export const BASE_TIME_MS = Date.UTC(2026, 10, 27, 8, 0, 0);

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY/MM/DD hh:mm:ss` for BASE_TIME + seconds. */
export function logTime(offsetSeconds: number): string {
  const date = new Date(BASE_TIME_MS + offsetSeconds * 1000);
  return (
    `${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}

/** A small seeded PRNG (mulberry32): scenario filler varies, but identically on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

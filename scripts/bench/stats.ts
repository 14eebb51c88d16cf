// Small numeric helpers: medians (the machine is shared, so no means) and formatting.

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

export function mb(kilobytes: number): string {
  return `${(kilobytes / 1024).toFixed(1)} MB`;
}

/** ours / baseline, as "0.12×"; n/a when either side is missing. */
export function ratio(ours: number, baseline: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(baseline) || baseline === 0) return 'n/a';
  const r = ours / baseline;
  return `${r < 0.1 ? r.toFixed(3) : r.toFixed(2)}×`;
}

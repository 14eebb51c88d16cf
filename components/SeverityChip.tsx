import { severityStyle } from './view-logic/severity';

/** Severity as a coloured chip; unknown values shown as their own text on a neutral chip. */
export function SeverityChip({ severity }: { severity: string }) {
  const style = severityStyle(severity);
  return (
    <span
      class="tl-chip"
      data-severity={style.level ?? 'unknown'}
      style={{ background: style.background, color: style.foreground }}
    >
      {style.label}
    </span>
  );
}

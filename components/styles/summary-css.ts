import { BASE_CSS } from './base-css';

export const SUMMARY_CSS = `${BASE_CSS}
:host { display: block; }
.tl-summary {
  display: flex;
  flex-wrap: nowrap;
  align-items: center;
  gap: 4px 10px;
  padding: 2px 6px;
  background: var(--tl-header-bg);
  border: 1px solid var(--tl-border);
  border-width: 0 0 1px;
  white-space: nowrap;
  /* The host is capped to the toolbar's middle band: what does not fit is clipped (a focused
     cause scrolls into view), never laid over the paging buttons. */
  overflow: hidden;
}
.tl-summary-count { color: var(--tl-header-text); font-weight: bold; }
.tl-summary-muted { color: var(--tl-muted); }
.tl-summary-problem { color: #8a0015; overflow-wrap: anywhere; }
.tl-summary-fix { color: var(--tl-text); }
.tl-cause {
  padding: 0 2px;
  border: 1px solid transparent;
  border-radius: 2px;
  background: transparent;
  color: var(--tl-link);
  font: inherit;
  font-weight: bold;
  text-decoration: underline;
  cursor: pointer;
}
.tl-cause:hover { border-color: var(--tl-border); background: #ffffff; }
.tl-cause[aria-pressed='true'] { border-color: #1d4ed8; background: #ffffff; text-decoration: none; }
`;

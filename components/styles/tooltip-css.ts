import { BASE_CSS } from './base-css';

export const TOOLTIP_CSS = `${BASE_CSS}
.tl-tooltip {
  position: fixed;
  z-index: 2147483646;
  max-width: 340px;
  min-width: 160px;
  padding: 5px 7px;
  background: #ffffe6;
  color: var(--tl-text);
  border: 1px solid #8c8c73;
  border-radius: 2px;
  box-shadow: 1px 2px 4px rgba(0, 0, 0, 0.25);
  pointer-events: none;
}
.tl-tooltip-headline { font-weight: bold; }
.tl-tooltip-line {
  overflow: hidden;
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 3;
  line-clamp: 3;
  max-height: 4.2em;
}
.tl-tooltip-muted { color: var(--tl-muted); margin-top: 2px; }
.tl-tooltip-problem { color: #8a0015; }
`;

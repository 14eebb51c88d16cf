import { BASE_CSS } from './base-css';

export const BADGE_CSS = `${BASE_CSS}
:host { display: inline-block; vertical-align: middle; line-height: 0; }
.tl-badge {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 16px;
  height: 16px;
  padding: 0;
  margin: 0 2px;
  border: 0;
  border-radius: 2px;
  background: transparent;
  cursor: pointer;
  color: var(--tl-accent);
}
.tl-badge:hover { background: #e6eefa; }
.tl-badge svg { width: 14px; height: 14px; display: block; }
.tl-badge .tl-shield { fill: currentColor; }
.tl-badge .tl-mark { fill: #ffffff; }
.tl-badge[data-state='idle'] .tl-shield { fill-opacity: 0.85; }
.tl-badge[data-state='loading'] { animation: tl-pulse 1.2s ease-in-out infinite; }
.tl-badge[data-state='done'] { color: #b3001b; }
.tl-badge[data-state='expired'] { color: #5b6670; }
.tl-badge[data-state='error'], .tl-badge[data-state='unknown-layout'] { color: #5b6670; }
.tl-badge[data-state='error'] .tl-shield, .tl-badge[data-state='unknown-layout'] .tl-shield {
  stroke: #b3001b; stroke-width: 1.5;
}
@keyframes tl-pulse { 50% { opacity: 0.45; } }
@media (prefers-reduced-motion: reduce) { .tl-badge[data-state='loading'] { animation: none; opacity: 0.7; } }
`;

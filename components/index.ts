// The UI's public surface for the content script: components, their stylesheets, and mounting.

export { Badge, type BadgeProps, badgeLabel } from './Badge';
export { EndReasonHelp, type EndReasonHelpProps } from './EndReasonHelp';
export { createFloatingHost, type FloatingHost, mountInShadow, type ShadowMount } from './mount';
export { type CopyFormat, SidePanel, type SidePanelProps } from './SidePanel';
export { SummaryBar, type SummaryBarProps, summaryText } from './SummaryBar';
export { BADGE_CSS } from './styles/badge-css';
export { PANEL_CSS } from './styles/panel-css';
export { SUMMARY_CSS } from './styles/summary-css';
export { TOOLTIP_CSS } from './styles/tooltip-css';
export { Tooltip, type TooltipProps } from './Tooltip';

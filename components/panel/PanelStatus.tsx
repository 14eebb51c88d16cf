// The side panel when there is no answer (yet): loading, session expired, firewall error,
// unknown page layout, or not looked up. Retry appears only for a firewall error: an expired
// session needs a login, and retrying it would only hammer the login page.

import type { LookupState } from '../../lib/panos/types';
import { LogText } from '../LogText';

export interface PanelStatusProps {
  state: Exclude<LookupState, { kind: 'done' }>;
  onRetry?: () => void;
}

function Problem({ title, message, fix }: { title: string; message: string; fix: string }) {
  return (
    <div class="tl-box tl-box-error" role="alert" data-part="problem">
      <p class="tl-box-title">{title}</p>
      <LogText as="p" value={message} part="message" />
      {fix && (
        <p class="tl-para">
          <strong>Fix: </strong>
          <LogText value={fix} part="fix" />
        </p>
      )}
    </div>
  );
}

export function PanelStatus({ state, onRetry }: PanelStatusProps) {
  switch (state.kind) {
    case 'loading':
      return (
        <div role="status" data-part="loading">
          <p class="tl-headline">Looking up the log entries…</p>
          {state.detail && <LogText as="p" value={state.detail} part="detail" />}
        </div>
      );
    case 'expired':
      return (
        <Problem
          title="Your PAN-OS session expired: log in again"
          message="The firewall answered with its login page, so no more lookups are made from this tab."
          fix="Log in to the web interface again, then open Monitor > Traffic; the badges will look up again."
        />
      );
    case 'error':
      return (
        <>
          <Problem title="The firewall could not answer" message={state.message} fix={state.fix} />
          {onRetry && (
            <button type="button" class="tl-button" data-action="retry" onClick={onRetry}>
              Retry
            </button>
          )}
        </>
      );
    case 'unknown-layout':
      return <Problem title="This page does not look as expected" message={state.message} fix={state.fix} />;
    default:
      return (
        <p class="tl-para" data-part="idle">
          The threat log has not been looked up for this session yet.
        </p>
      );
  }
}

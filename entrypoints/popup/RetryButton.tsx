import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * After a failed lookup the extension waits (2 s, doubling to 60 s) before asking the firewall
 * again; this asks the tab's content script to look its rows up now.
 */
export function RetryButton({ tabId, onDone }: { tabId: number; onDone(): void }) {
  const [busy, setBusy] = useState(false);
  const onClick = () => {
    setBusy(true);
    void browser.tabs
      .sendMessage(tabId, { type: 'threat-lens/retry' })
      .catch(() => undefined)
      .then(() => new Promise((resolve) => setTimeout(resolve, 800)))
      .then(() => {
        setBusy(false);
        onDone();
      });
  };
  return (
    <button type="button" class="secondary" data-action="retry" disabled={busy} onClick={onClick}>
      Retry the lookups now
    </button>
  );
}

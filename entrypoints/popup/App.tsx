import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { StorageAreaApi } from '../../lib/shell/browser-api';
import { originEnabledNow } from '../../lib/shell/enabled-origins';
import { type PopupApi, type PopupState, resolvePopupState } from '../../lib/shell/popup-state';
import { requestDisable, requestEnable, type ShellRequestApi } from '../../lib/shell/shell-requests';
import { RetryButton } from './RetryButton';
import { StatusView } from './StatusView';
import { TrainingSwitch } from './TrainingSwitch';

const popupApi = browser as unknown as PopupApi & ShellRequestApi;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function App({ tabId }: { tabId: number | null }) {
  const [state, setState] = useState<PopupState | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  /** After enabling, the injected script needs a moment before it answers. */
  const refresh = useCallback(
    async (attempts = 1) => {
      for (let i = 0; i < attempts; i++) {
        const next = await resolvePopupState(popupApi, tabId, (origin) =>
          originEnabledNow(
            {
              permissions: browser.permissions,
              managed: browser.storage.managed as unknown as StorageAreaApi,
            },
            origin,
          ),
        );
        setState(next);
        if (next.kind !== 'no-answer') return;
        await sleep(400);
      }
    },
    [tabId],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const onEnable = (origin: string) => {
    // First call in the handler: the permission prompt needs this click.
    const pending = requestEnable(popupApi, origin);
    setBusy(true);
    setNote(null);
    void pending.then(async (reply) => {
      if (!reply.ok) setNote(reply.error);
      await refresh(reply.ok ? 8 : 1);
      setBusy(false);
    });
  };

  const onDisable = (origin: string) => {
    setBusy(true);
    setNote(null);
    void requestDisable(popupApi, origin).then(async (reply) => {
      if (!reply.ok) setNote(reply.error);
      await refresh();
      setBusy(false);
    });
  };

  const onReload = (id: number) => {
    void browser.tabs.reload(id).then(() => sleep(1500).then(() => refresh(8)));
  };

  return (
    <main class="popup">
      <header>
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Threat Lens</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>
      {state === null ? <p class="muted">Looking at this tab…</p> : null}
      {state?.kind === 'no-tab' ? (
        <Message title="Cannot see this tab">
          Open the popup from the toolbar button while the firewall tab is in front.
        </Message>
      ) : null}
      {state?.kind === 'not-web' ? (
        <Message title="Not a web page">
          Open your firewall's web interface, then click Threat Lens again.
        </Message>
      ) : null}
      {state?.kind === 'not-enabled' ? (
        <section>
          <p>
            Threat Lens is off on <strong>{state.origin}</strong>. It reads nothing on a site until you enable
            it there.
          </p>
          <p class="muted">
            If this is your PAN-OS firewall or Panorama, enable it to mark allow + threat sessions.
          </p>
          <button type="button" class="primary" disabled={busy} onClick={() => onEnable(state.origin)}>
            Enable on this firewall
          </button>
        </section>
      ) : null}
      {state?.kind === 'no-answer' ? (
        <section>
          <Message title="Enabled, but not running in this tab yet">
            The tab was opened before Threat Lens was enabled, or is still loading.
          </Message>
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => onReload(state.tabId)}>
              Reload the firewall tab
            </button>
            <DisableButton busy={busy} onClick={() => onDisable(state.origin)} />
          </div>
        </section>
      ) : null}
      {state?.kind === 'not-panos' ? (
        <section>
          <Message title="No PAN-OS web interface here">
            Threat Lens is enabled on {state.origin} but sees no PAN-OS UI on this page.
          </Message>
          <DisableButton busy={busy} onClick={() => onDisable(state.origin)} />
        </section>
      ) : null}
      {state?.kind === 'status' ? (
        <section>
          <StatusView origin={state.origin} status={state.status} />
          {state.status.problem && state.status.trafficPage ? (
            <RetryButton tabId={state.tabId} onDone={() => void refresh()} />
          ) : null}
          <DisableButton busy={busy} onClick={() => onDisable(state.origin)} />
        </section>
      ) : null}
      {note ? (
        <p class="note" role="alert">
          {note}
        </p>
      ) : null}
      <TrainingSwitch />
    </main>
  );
}

function Message({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="message">
      <h2>{title}</h2>
      <p>{children}</p>
    </div>
  );
}

function DisableButton({ busy, onClick }: { busy: boolean; onClick: () => void }) {
  return (
    <button type="button" class="secondary" disabled={busy} onClick={onClick}>
      Disable on this firewall
    </button>
  );
}

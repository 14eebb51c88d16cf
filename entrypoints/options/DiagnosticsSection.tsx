import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { collectDiagnostics } from '../../lib/shell/diagnostics';
import { getSettings } from '../../lib/storage/settings';
import { managedArea, optionsApi } from './api';

/** Copies what the extension sees on open firewall tabs, for a bug report. No logs, no keys, no host names. */
export function DiagnosticsSection() {
  const [json, setJson] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const onCopy = async () => {
    const report = await collectDiagnostics({ ...optionsApi, managed: managedArea }, await getSettings(), {
      extensionVersion: browser.runtime.getManifest().version,
      userAgent: navigator.userAgent,
    });
    const text = JSON.stringify(report, null, 2);
    setJson(text);
    try {
      await navigator.clipboard.writeText(text);
      setNote(`Copied (${report.tabs.length} firewall tab${report.tabs.length === 1 ? '' : 's'}).`);
    } catch {
      setNote('Could not copy: select the text below and copy it.');
    }
  };

  return (
    <section>
      <h2>Diagnostics</h2>
      <p class="muted">
        For a bug report: the PAN-OS UI signs found on open firewall tabs, the grid layout read, the lookup
        methods tried with their outcomes (proven, inconclusive, not available, failed), counts and reasons,
        and the release signs (which RPC object answered, the log grid components and their field names, XML
        API access). Names and counts only: it holds no log content, no API key, and no host names.
      </p>
      <button type="button" class="secondary" onClick={() => void onCopy()}>
        Copy diagnostics
      </button>
      {note ? <p class="muted">{note}</p> : null}
      {json ? <textarea readOnly rows={10} value={json} aria-label="Diagnostics" /> : null}
    </section>
  );
}

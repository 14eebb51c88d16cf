import { useState } from 'preact/hooks';
import type { EnabledFirewall } from '../../lib/shell/enabled-origins';
import { parseOriginInput } from '../../lib/shell/origins';
import { requestDisable, requestEnable } from '../../lib/shell/shell-requests';
import { ApiKeyEditor } from './ApiKeyEditor';
import { optionsApi } from './api';

interface Props {
  firewalls: EnabledFirewall[];
  apiKeys: Record<string, string>;
  onChanged: () => Promise<void>;
}

export function FirewallsSection({ firewalls, apiKeys, onChanged }: Props) {
  const [input, setInput] = useState('');
  const [note, setNote] = useState<string | null>(null);

  const onAdd = (event: Event) => {
    event.preventDefault();
    const parsed = parseOriginInput(input);
    if (!parsed.ok) {
      setNote(parsed.reason);
      return;
    }
    // The permission prompt needs this submit's user gesture: ask before anything else awaits.
    void requestEnable(optionsApi, parsed.origin).then(async (reply) => {
      setNote(reply.ok ? null : reply.error);
      if (reply.ok) setInput('');
      await onChanged();
    });
  };

  const onRemove = (origin: string) => {
    void requestDisable(optionsApi, origin).then(async (reply) => {
      setNote(reply.ok ? null : reply.error);
      await onChanged();
    });
  };

  return (
    <section>
      <h2>Firewalls</h2>
      <p class="muted">
        Threat Lens runs only on the firewalls and Panorama servers listed here. Adding one asks your browser
        for access to that host.
      </p>
      {firewalls.length === 0 ? <p>No firewall enabled yet.</p> : null}
      <ul class="firewalls">
        {firewalls.map((firewall) => (
          <li key={firewall.origin}>
            <div class="firewall-head">
              <code>{firewall.origin}</code>
              {firewall.managed ? (
                <span class="badge">set by your administrator</span>
              ) : (
                <button type="button" class="secondary" onClick={() => onRemove(firewall.origin)}>
                  Remove
                </button>
              )}
            </div>
            <ApiKeyEditor origin={firewall.origin} storedKey={apiKeys[firewall.origin] ?? null} />
          </li>
        ))}
      </ul>
      <form class="add" onSubmit={onAdd}>
        <label for="origin">Add a firewall</label>
        <input
          id="origin"
          type="text"
          placeholder="https://fw.example.com:4443"
          value={input}
          onInput={(event) => setInput(event.currentTarget.value)}
          autocomplete="off"
          spellcheck={false}
        />
        <button type="submit" class="primary">
          Enable
        </button>
      </form>
      {note ? (
        <p class="note" role="alert">
          {note}
        </p>
      ) : null}
    </section>
  );
}

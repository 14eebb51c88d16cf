import { useState } from 'preact/hooks';
import { apiKeyAllowed, NOT_HTTPS_REASON } from '../../lib/storage/api-key-policy';
import { maskKey, setApiKey } from '../../lib/storage/settings';

/** One firewall's optional XML API key: stored in this browser only, shown masked. */
export function ApiKeyEditor({ origin, storedKey }: { origin: string; storedKey: string | null }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');

  const onSave = (event: Event) => {
    event.preventDefault();
    void setApiKey(origin, draft).then(() => {
      setDraft('');
      setEditing(false);
    });
  };

  if (!apiKeyAllowed(origin)) {
    return (
      <div class="api-key">
        <p class="muted" data-reason="not-https">
          No API key for this firewall. {NOT_HTTPS_REASON} The web UI session still works here.
        </p>
      </div>
    );
  }
  if (storedKey && !editing) {
    return (
      <div class="api-key">
        <span>
          API key <code>{maskKey(storedKey)}</code>
        </span>
        <button type="button" class="link" onClick={() => void setApiKey(origin, null)}>
          Remove key
        </button>
      </div>
    );
  }
  if (!editing) {
    return (
      <div class="api-key">
        <button type="button" class="link" onClick={() => setEditing(true)}>
          Add an XML API key (optional)
        </button>
      </div>
    );
  }
  return (
    <form class="api-key editing" onSubmit={onSave}>
      <p class="muted">
        Used only as the last resort, when the web UI session cannot read the threat log: the XML API
        fallback. Generate it for an admin with a read-only role (Monitor/Logs only). It stays in this
        browser's local storage, is never synced, and is sent only to {origin}.
      </p>
      <input
        type="password"
        aria-label={`XML API key for ${origin}`}
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
        autocomplete="off"
      />
      <button type="submit" class="primary" disabled={draft.trim() === ''}>
        Save key
      </button>
      <button type="button" class="secondary" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
}

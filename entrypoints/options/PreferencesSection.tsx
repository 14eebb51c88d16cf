import { openGlossary } from '../../lib/shell/open-glossary';
import { type LookupMode, type Settings, saveSettings } from '../../lib/storage/settings';

export function PreferencesSection({ settings }: { settings: Settings }) {
  const setMode = (lookupMode: LookupMode) => void saveSettings({ lookupMode });
  return (
    <section>
      <h2>Lookups</h2>
      <fieldset>
        <legend>When to look up the threat behind a flagged row</legend>
        <label>
          <input
            type="radio"
            name="lookup"
            checked={settings.lookupMode === 'prefetch'}
            onChange={() => setMode('prefetch')}
          />{' '}
          As soon as the page shows (one batched query per page)
        </label>
        <label>
          <input
            type="radio"
            name="lookup"
            checked={settings.lookupMode === 'on-demand'}
            onChange={() => setMode('on-demand')}
          />{' '}
          Only when I hover or click a marked row
        </label>
      </fieldset>
      <h2>Training</h2>
      <label>
        <input
          type="checkbox"
          data-setting="training"
          checked={settings.showTraining}
          onChange={(event) => void saveSettings({ showTraining: event.currentTarget.checked })}
        />{' '}
        Training mode: hovering a Session End Reason, Action or Type cell of a log page explains its value,
        and the panel explains the end reason (for admins learning PAN-OS)
      </label>
      <p>
        <button type="button" class="link" data-action="glossary" onClick={() => openGlossary()}>
          Open the glossary
        </button>{' '}
        of every end reason, log type, action and profile type.
      </p>
    </section>
  );
}

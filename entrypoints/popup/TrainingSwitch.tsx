// Training mode on/off (the same setting as the options page), and the way to the glossary.

import { useEffect, useState } from 'preact/hooks';
import { openGlossary } from '../../lib/shell/open-glossary';
import { getSettings, saveSettings, watchSettings } from '../../lib/storage/settings';

export function TrainingSwitch() {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void getSettings().then((settings) => setOn(settings.showTraining));
    return watchSettings((settings) => setOn(settings.showTraining));
  }, []);
  return (
    <div class="training">
      <label>
        <input
          type="checkbox"
          data-setting="training"
          checked={on ?? false}
          disabled={on === null}
          onChange={(event) => void saveSettings({ showTraining: event.currentTarget.checked })}
        />{' '}
        Training mode: explain log values on hover
      </label>
      <button type="button" class="link" data-action="glossary" onClick={() => openGlossary()}>
        Glossary
      </button>
    </div>
  );
}

import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type EnabledFirewall, enabledFirewalls } from '../../lib/shell/enabled-origins';
import { getSettings, type Settings, watchSettings } from '../../lib/storage/settings';
import { managedArea, optionsApi } from './api';
import { DiagnosticsSection } from './DiagnosticsSection';
import { FirewallsSection } from './FirewallsSection';
import { PreferencesSection } from './PreferencesSection';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [firewalls, setFirewalls] = useState<EnabledFirewall[]>([]);

  const reloadFirewalls = useCallback(async () => {
    setFirewalls(await enabledFirewalls({ permissions: optionsApi.permissions, managed: managedArea }));
  }, []);

  useEffect(() => {
    void getSettings().then(setSettings);
    void reloadFirewalls();
    const stop = watchSettings(setSettings);
    // Grants changed elsewhere (popup, the browser's site-access menu).
    const onChange = () => void reloadFirewalls();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      stop();
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [reloadFirewalls]);

  if (!settings) return <main class="options">Loading…</main>;
  return (
    <main class="options">
      <h1>
        <img src="/icon/32.png" alt="" width={24} height={24} /> Threat Lens for PAN-OS
      </h1>
      <p class="muted">
        Marks Monitor &gt; Traffic rows whose action is allow and whose session ended with a threat, and names
        the Security Profile that ended them. It talks only to the firewall you are logged in to: no other
        server, no analytics.
      </p>
      <FirewallsSection firewalls={firewalls} apiKeys={settings.apiKeys} onChanged={reloadFirewalls} />
      <PreferencesSection settings={settings} />
      <DiagnosticsSection />
    </main>
  );
}

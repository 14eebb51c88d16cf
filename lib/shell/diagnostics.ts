// "Copy diagnostics": what each open firewall tab's content script found (UI signs, grid layout,
// lookup strategies and their outcomes), for a bug report. Built from an allow-list: no log
// content, no API keys, no host names (firewalls become firewall-1, firewall-2...), and no
// free text from the firewall: a problem goes in as its kind only.

import type { PageStatus } from '../messages';
import type { Settings } from '../storage/settings';
import type { PermissionsApi, StorageAreaApi } from './browser-api';
import { enabledFirewalls } from './enabled-origins';
import { originOfUrl, patternForOrigin } from './origins';
import { requestStatus, type StatusTabsApi } from './page-status';

export interface DiagnosticsApi {
  tabs: StatusTabsApi & { query(query: { url: string[] }): Promise<{ id?: number; url?: string }[]> };
  permissions: PermissionsApi;
  managed?: StorageAreaApi;
}

export interface TabDiagnostics {
  firewall: string;
  apiKeyStored: boolean;
  /** null: the content script did not answer (tab opened before enabling, or still loading). */
  status: Omit<PageStatus, 'problem'> | null;
}

export interface Diagnostics {
  extensionVersion: string;
  userAgent: string;
  settings: { lookupMode: Settings['lookupMode']; showTraining: boolean; apiKeysStored: number };
  firewallsEnabled: { firewall: string; managed: boolean }[];
  tabs: TabDiagnostics[];
}

/** Replaces host names by stable placeholders; keeps scheme and port, which often matter. */
function createRedactor() {
  const names = new Map<string, string>();
  return (origin: string) => {
    const url = new URL(origin);
    let name = names.get(url.hostname);
    if (!name) {
      name = `firewall-${names.size + 1}`;
      names.set(url.hostname, name);
    }
    return `${url.protocol}//${name}${url.port ? `:${url.port}` : ''}`;
  };
}

/** The problem's words may quote the firewall (an error message): only its kind goes in. */
function withoutFreeText(status: PageStatus | null): Omit<PageStatus, 'problem'> | null {
  if (!status) return null;
  const { problem: _words, ...rest } = status;
  return rest;
}

export async function collectDiagnostics(
  api: DiagnosticsApi,
  settings: Settings,
  env: { extensionVersion: string; userAgent: string },
): Promise<Diagnostics> {
  const redact = createRedactor();
  const firewalls = await enabledFirewalls(api);
  const patterns = [...new Set(firewalls.map((f) => patternForOrigin(f.origin)))];
  const openTabs = patterns.length > 0 ? await api.tabs.query({ url: patterns }) : [];
  const tabs: TabDiagnostics[] = [];
  for (const tab of openTabs) {
    const origin = originOfUrl(tab.url);
    if (tab.id === undefined || origin === null) continue;
    tabs.push({
      firewall: redact(origin),
      apiKeyStored: Object.hasOwn(settings.apiKeys, origin),
      status: withoutFreeText(await requestStatus(api.tabs, tab.id)),
    });
  }
  return {
    extensionVersion: env.extensionVersion,
    userAgent: env.userAgent,
    settings: {
      lookupMode: settings.lookupMode,
      showTraining: settings.showTraining,
      apiKeysStored: Object.keys(settings.apiKeys).length,
    },
    firewallsEnabled: firewalls.map((f) => ({ firewall: redact(f.origin), managed: f.managed })),
    tabs,
  };
}

// `config_ver` counts commits on each firewall (reference section 6 and 8), so versions compare
// only within one device: on Panorama the page mixes firewalls whose counters have nothing to do
// with each other. The newest version seen per device serial is the one known to be current.

import { newestConfigVersion } from './resolve-config';

export interface ConfigVersions {
  /** The `config_ver` of logs the page shows, each with its device's serial ('' when unknown). */
  note(logs: Iterable<{ serial: string; configVer: string }>): void;
  /** The newest version seen for this device; '' when none is known for it. */
  currentFor(serial: string): string;
}

export function createConfigVersions(): ConfigVersions {
  const newest = new Map<string, string>();
  return {
    note(logs) {
      for (const { serial, configVer } of logs) {
        const key = serial.trim();
        const version = newestConfigVersion([newest.get(key) ?? '', configVer]);
        if (version) newest.set(key, version);
      }
    },
    currentFor(serial) {
      const key = serial.trim();
      const known = newest.get(key);
      if (known) return known;
      // Logs without a serial (a grid read from its text) and a threat entry with one: only when
      // a single device is in sight can they be the same one.
      return newest.size === 1 ? ([...newest.values()][0] as string) : '';
    },
  };
}

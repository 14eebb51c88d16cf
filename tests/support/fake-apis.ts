// In-memory stand-ins for the scripting, permissions and tabs APIs (WXT's fake browser has none),
// recording calls so tests can assert on them. Test-only.

import type {
  ContentScriptSpec,
  PermissionsApi,
  ScriptingApi,
  ShellApi,
  TabsApi,
} from '../../lib/shell/browser-api';
import { patternCovers } from '../../lib/shell/origins';

export interface FakeScripting extends ScriptingApi {
  registered: Map<string, ContentScriptSpec>;
  calls: string[];
  injections: { tabId: number; files: string[]; world?: string }[];
}

export function fakeScripting(): FakeScripting {
  const registered = new Map<string, ContentScriptSpec>();
  const calls: string[] = [];
  const injections: FakeScripting['injections'] = [];
  return {
    registered,
    calls,
    injections,
    async getRegisteredContentScripts(filter) {
      return [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
    },
    async registerContentScripts(scripts) {
      calls.push(`register ${scripts.map((s) => s.id).join(',')}`);
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    },
    async updateContentScripts(scripts) {
      calls.push(`update ${scripts.map((s) => s.id).join(',')}`);
      for (const s of scripts) registered.set(s.id, s);
    },
    async unregisterContentScripts(filter) {
      calls.push(`unregister ${filter?.ids?.join(',') ?? 'all'}`);
      for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
    },
    async executeScript(injection) {
      injections.push({ tabId: injection.target.tabId, files: injection.files, world: injection.world });
      return [];
    },
  };
}

export interface FakePermissions extends PermissionsApi {
  origins: Set<string>;
  /** Patterns that remove() cannot drop (granted in the manifest). */
  fixed: Set<string>;
}

export function fakePermissions(initial: string[] = [], fixed: string[] = []): FakePermissions {
  const origins = new Set([...initial, ...fixed]);
  return {
    origins,
    fixed: new Set(fixed),
    async getAll() {
      return { origins: [...origins], permissions: ['storage', 'scripting', 'activeTab'] };
    },
    async contains({ origins: asked }) {
      // Like Chrome: a pattern without a port covers every port of its host.
      return asked.every((pattern) => [...origins].some((granted) => patternCovers(granted, pattern)));
    },
    async remove({ origins: dropped }) {
      if (dropped.some((pattern) => this.fixed.has(pattern))) throw new Error('required permission');
      for (const pattern of dropped) origins.delete(pattern);
      return true;
    },
  };
}

/** Matches like Chrome: 'scheme://host/*' covers every port and path of that host, with a port that port. */
export function fakeTabs(tabs: { id: number; url: string }[]): TabsApi {
  const matches = (pattern: string, url: string) => {
    const page = new URL(url);
    return patternCovers(pattern, `${page.protocol}//${page.host}/*`);
  };
  return {
    async query({ url }) {
      const patterns = url === undefined ? null : Array.isArray(url) ? url : [url];
      return tabs.filter((tab) => !patterns || patterns.some((pattern) => matches(pattern, tab.url)));
    },
  };
}

export function fakeManaged(value: unknown | Error): NonNullable<ShellApi['managed']> {
  return {
    async get(key) {
      if (value instanceof Error) throw value;
      return value === undefined ? {} : { [key]: value };
    },
  };
}

export function fakeShellApi(
  opts: {
    granted?: string[];
    fixed?: string[];
    tabs?: { id: number; url: string }[];
    managed?: unknown | Error;
  } = {},
) {
  return {
    permissions: fakePermissions(opts.granted, opts.fixed),
    scripting: fakeScripting(),
    tabs: fakeTabs(opts.tabs ?? []),
    managed: fakeManaged(opts.managed),
  };
}

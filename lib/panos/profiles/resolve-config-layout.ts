// Where to look, in order, for the log's rule and for the objects it names (reference sections 5
// and 8): firewall: the log's vsys, shared, then the policy Panorama pushed; Panorama: the
// device group, its ancestors, then shared, pre-rulebase before post-rulebase at each level.

import {
  deviceGroupListsDevice,
  deviceGroupXpath,
  findDeviceGroupOfDevice,
  readDeviceGroupChain,
  SHARED_XPATH,
  type ShowConfig,
  vsysXpath,
} from './config-xpath';
import { type ConfigScope, pushedPolicyScope, xpathScope } from './resolve-config-scopes';

export type OpCommand = (cmdXml: string, signal?: AbortSignal) => Promise<Element>;

export interface ConfigLayoutContext {
  showConfig: ShowConfig;
  op?: OpCommand;
  product: 'firewall' | 'panorama';
  /** Panorama: the device's device group, then its ancestors (nearest first). One name: ancestors are read. */
  deviceGroupChain?: string[];
  /** Panorama: parents the caller already knows (device group -> parent). */
  deviceGroupParents?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
}

export interface ConfigLayout {
  /** Scopes holding rules, searched in order; the pushed policy comes last and is read only if needed. */
  ruleScopes: Array<() => Promise<ConfigScope | null>>;
  /** Scopes for profile groups and profiles, nearest first, for a rule found in `ruleScope`. */
  objectScopes(ruleScope: ConfigScope): Promise<ConfigScope[]>;
  /** Why a part of the config could not be searched, in words (pushed policy unreadable, no device group). */
  gaps: string[];
  /** Panorama: the device group the log's firewall belongs to (where resolution starts), when known. */
  deviceGroup?: string | null;
  /** Facts worth telling the admin: the firewall belongs to another device group than the page's. */
  notes?: string[];
  /** Panorama: the firewall is in no device group, so its rules are its own and not in this config. */
  localRulesReason?: string;
}

export const PUSHED_SHARED_POLICY_COMMAND = '<show><config><pushed-shared-policy/></config></show>';
const DEFAULT_VSYS = 'vsys1';
const PUSHED_LABEL = 'pushed from Panorama';

/** A scope read only when first asked (the pushed policy costs one big op command). */
function lazyScope(label: string, get: () => Promise<ConfigScope | null>): ConfigScope {
  return {
    label,
    rulebases: [],
    rules: async () => [],
    profileGroup: async (name) => (await get())?.profileGroup(name) ?? null,
    hasProfile: async (type, name) => (await get())?.hasProfile(type, name) ?? false,
  };
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  return () => {
    value ??= make();
    return value;
  };
}

function firewallLayout(vsys: string, ctx: ConfigLayoutContext): ConfigLayout {
  const { showConfig, signal } = ctx;
  const gaps: string[] = [];
  const local = xpathScope({
    label: vsys,
    place: { kind: 'vsys', name: vsys },
    base: vsysXpath(vsys),
    rulebases: ['rulebase'],
    showConfig,
    signal,
  });
  const shared = xpathScope({
    label: 'shared',
    place: { kind: 'shared', panorama: false },
    base: SHARED_XPATH,
    rulebases: [],
    showConfig,
    signal,
  });
  const pushed = once(async (): Promise<ConfigScope | null> => {
    if (!ctx.op) {
      gaps.push('the policy pushed from Panorama could not be read (no operational command access)');
      return null;
    }
    try {
      return pushedPolicyScope(await ctx.op(PUSHED_SHARED_POLICY_COMMAND, signal), PUSHED_LABEL);
    } catch (error) {
      if (signal?.aborted) throw error;
      const detail = error instanceof Error ? `: ${error.message}` : '';
      gaps.push(`the policy pushed from Panorama could not be read${detail}`);
      return null;
    }
  });
  return {
    ruleScopes: [async () => local, pushed],
    async objectScopes(ruleScope) {
      // A pushed rule names pushed objects first; a local rule may also name pushed objects,
      // which are read only if the local config does not have them.
      if (ruleScope === local) return [local, shared, lazyScope(PUSHED_LABEL, pushed)];
      const pushedScope = await pushed();
      return pushedScope ? [pushedScope, local, shared] : [local, shared];
    },
    gaps,
  };
}

const detailOf = (error: unknown) => (error instanceof Error ? ` (${error.message})` : '');

/**
 * The log's firewall's own device group: the page's device group when its list names the
 * serial, else the group that does (a child of the page's, or from "All" any group). `null`:
 * no group lists it; `undefined`: the lists could not be read.
 */
async function deviceGroupOfSerial(
  serial: string,
  pageGroup: string | undefined,
  ctx: ConfigLayoutContext,
  gaps: string[],
): Promise<string | null | undefined> {
  const opts = { showConfig: ctx.showConfig, signal: ctx.signal };
  try {
    if (pageGroup && (await deviceGroupListsDevice(pageGroup, serial, opts))) return pageGroup;
    return await findDeviceGroupOfDevice(serial, opts);
  } catch (error) {
    if (ctx.signal?.aborted) throw error;
    gaps.push(`the device group of device ${serial} could not be read${detailOf(error)}`);
    return undefined;
  }
}

/** Where the firewall's rules come from: its own device group if known, else the page's. */
async function startingGroup(
  serial: string,
  ctx: ConfigLayoutContext,
  gaps: string[],
  notes: string[],
): Promise<{ chain: string[]; inNoGroup: boolean }> {
  const given = (ctx.deviceGroupChain ?? []).filter((name) => name !== '');
  const pageGroup = given[0];
  if (!serial) return { chain: given, inNoGroup: false };
  const own = await deviceGroupOfSerial(serial, pageGroup, ctx, gaps);
  if (own === undefined) return { chain: given, inNoGroup: false };
  if (own === null) {
    if (!pageGroup) return { chain: [], inNoGroup: true };
    notes.push(
      `Device ${serial} is listed in no device group; its rules were looked up from device group "${pageGroup}", the one this page shows.`,
    );
    return { chain: given, inNoGroup: false };
  }
  if (pageGroup && own !== pageGroup) {
    notes.push(
      `Device ${serial} belongs to device group "${own}", not to "${pageGroup}" that this page shows: its rules and profiles were looked up from "${own}".`,
    );
  }
  return { chain: own === pageGroup ? given : [own], inNoGroup: false };
}

async function panoramaLayout(serial: string, ctx: ConfigLayoutContext): Promise<ConfigLayout> {
  const { showConfig, signal } = ctx;
  const gaps: string[] = [];
  const notes: string[] = [];
  const start = await startingGroup(serial, ctx, gaps, notes);
  if (start.inNoGroup) {
    return {
      ruleScopes: [],
      objectScopes: async () => [],
      gaps,
      notes,
      deviceGroup: null,
      localRulesReason: `Device ${serial} is in no device group of this Panorama, so its security rules are its own local rules, which Panorama's configuration does not hold: open that firewall's web interface (Policies > Security) to see the rule's profiles.`,
    };
  }
  const first = start.chain[0];
  let chain = start.chain;
  if (first && chain.length === 1) {
    try {
      chain = await readDeviceGroupChain(first, { showConfig, knownParents: ctx.deviceGroupParents, signal });
    } catch (error) {
      if (signal?.aborted) throw error;
      gaps.push(`the parents of device group "${first}" could not be read${detailOf(error)}`);
    }
  }
  if (!first) gaps.push("the device's device group is not known, so only shared rules were searched");
  const rulebases = ['pre-rulebase', 'post-rulebase'] as const;
  const groups = chain.map((name) =>
    xpathScope({
      label: `device group "${name}"`,
      place: { kind: 'device-group', name },
      base: deviceGroupXpath(name),
      rulebases,
      showConfig,
      signal,
    }),
  );
  const shared = xpathScope({
    label: 'shared',
    place: { kind: 'shared', panorama: true },
    base: SHARED_XPATH,
    rulebases,
    showConfig,
    signal,
  });
  const all = [...groups, shared];
  return {
    ruleScopes: all.map((scope) => async () => scope),
    // Objects resolve from the device's own device group upwards, whatever level holds the rule.
    objectScopes: async () => all,
    gaps,
    notes,
    deviceGroup: first ?? null,
  };
}

export async function configLayout(
  device: { vsys: string; serial: string },
  ctx: ConfigLayoutContext,
): Promise<ConfigLayout> {
  if (ctx.product === 'panorama') return panoramaLayout(device.serial, ctx);
  return firewallLayout(device.vsys || DEFAULT_VSYS, ctx);
}

/** 'vsys1', 'pushed from Panorama (pre-rulebase)', 'device group "x" (post-rulebase)'. */
export function ruleLocationLabel(scope: ConfigScope, rulebase: string): string {
  return rulebase === 'rulebase' ? scope.label : `${scope.label} (${rulebase})`;
}

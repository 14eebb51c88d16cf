// Where to look, in order, for the log's rule and for the objects it names (reference sections 5
// and 8): firewall: the log's vsys, shared, then the policy Panorama pushed; Panorama: the
// device group, its ancestors, then shared, pre-rulebase before post-rulebase at each level.

import {
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
    base: vsysXpath(vsys),
    rulebases: ['rulebase'],
    showConfig,
    signal,
  });
  const shared = xpathScope({ label: 'shared', base: SHARED_XPATH, rulebases: [], showConfig, signal });
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

/** The page names no device group (Panorama "All"): find the one that lists the log's device. */
async function deviceGroupOfSerial(
  serial: string,
  ctx: ConfigLayoutContext,
  gaps: string[],
): Promise<string[]> {
  try {
    const found = await findDeviceGroupOfDevice(serial, { showConfig: ctx.showConfig, signal: ctx.signal });
    return found ? [found] : [];
  } catch (error) {
    if (ctx.signal?.aborted) throw error;
    const detail = error instanceof Error ? ` (${error.message})` : '';
    gaps.push(`the device group of device ${serial} could not be read${detail}`);
    return [];
  }
}

async function panoramaLayout(serial: string, ctx: ConfigLayoutContext): Promise<ConfigLayout> {
  const { showConfig, signal } = ctx;
  const gaps: string[] = [];
  let given = (ctx.deviceGroupChain ?? []).filter((name) => name !== '');
  if (given.length === 0 && serial) given = await deviceGroupOfSerial(serial, ctx, gaps);
  const first = given[0];
  let chain = given;
  if (first && given.length === 1) {
    try {
      chain = await readDeviceGroupChain(first, { showConfig, knownParents: ctx.deviceGroupParents, signal });
    } catch (error) {
      if (signal?.aborted) throw error;
      const detail = error instanceof Error ? ` (${error.message})` : '';
      gaps.push(`the parents of device group "${first}" could not be read${detail}`);
    }
  }
  if (!first) gaps.push("the device's device group is not known, so only shared rules were searched");
  const rulebases = ['pre-rulebase', 'post-rulebase'] as const;
  const groups = chain.map((name) =>
    xpathScope({
      label: `device group "${name}"`,
      base: deviceGroupXpath(name),
      rulebases,
      showConfig,
      signal,
    }),
  );
  const shared = xpathScope({ label: 'shared', base: SHARED_XPATH, rulebases, showConfig, signal });
  const all = [...groups, shared];
  return {
    ruleScopes: all.map((scope) => async () => scope),
    // Objects resolve from the device's own device group upwards, whatever level holds the rule.
    objectScopes: async () => all,
    gaps,
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

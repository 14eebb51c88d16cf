// XPaths into the PAN-OS configuration (reference section 5), with names quoted safely, and the
// Panorama device-group hierarchy (DG -> parent -> ... ), read from where PAN-OS keeps it.

import type { RuleProfileType } from './profile-types';
import { PROFILE_CONTAINERS } from './profile-types';

export type ShowConfig = (xpath: string, signal?: AbortSignal) => Promise<Element | null>;
export type Rulebase = 'rulebase' | 'pre-rulebase' | 'post-rulebase';

const LOCAL_DEVICE = "/config/devices/entry[@name='localhost.localdomain']";
const READONLY_DEVICE = "/config/readonly/devices/entry[@name='localhost.localdomain']";
export const SHARED_XPATH = '/config/shared';
/** Deep enough for any real hierarchy (PAN-OS allows four levels below shared). */
const MAX_DEVICE_GROUP_DEPTH = 16;

/**
 * An XPath 1.0 string literal for any text. XPath has no escape character: a value with both
 * kinds of quote is written as concat() of pieces, each quoted with the other kind.
 */
export function xpathLiteral(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  const pieces = value.split("'").map((piece) => `'${piece}'`);
  return `concat(${pieces.join(`, "'", `)})`;
}

const entryNamed = (name: string) => `entry[@name=${xpathLiteral(name)}]`;

export function vsysXpath(vsys: string): string {
  return `${LOCAL_DEVICE}/vsys/${entryNamed(vsys)}`;
}

/** Panorama's device groups [inf: reference section 9]; a firewall has none. */
export const DEVICE_GROUPS_XPATH = `${LOCAL_DEVICE}/device-group`;
/** Panorama's own settings [inf]. */
export const PANORAMA_XPATH = '/config/panorama';

export function deviceGroupXpath(deviceGroup: string): string {
  return `${LOCAL_DEVICE}/device-group/${entryNamed(deviceGroup)}`;
}

/** The security rules container of a rulebase below a vsys, device group or shared. */
export function securityRulesXpath(base: string, rulebase: Rulebase): string {
  return `${base}/${rulebase}/security/rules`;
}

export function ruleByNameXpath(base: string, rulebase: Rulebase, rule: string): string {
  return `${securityRulesXpath(base, rulebase)}/${entryNamed(rule)}`;
}

export function profileGroupXpath(base: string, group: string): string {
  return `${base}/profile-group/${entryNamed(group)}`;
}

export function profileXpath(base: string, type: RuleProfileType, name: string): string {
  return `${base}/${PROFILE_CONTAINERS[type]}/${entryNamed(name)}`;
}

/** Where Panorama keeps a device group's parent [inf]. */
export function deviceGroupParentXpath(deviceGroup: string): string {
  return `${READONLY_DEVICE}/device-group/${entryNamed(deviceGroup)}/parent-dg`;
}

/** The text of the first element named `name` at or below `node` ('' when none). */
function textOf(node: Element, name: string): string {
  const found = node.tagName === name ? node : node.getElementsByTagName(name)[0];
  return found?.textContent?.trim() ?? '';
}

/**
 * A device group followed by its ancestors, nearest first (shared is not included). Parents the
 * caller already knows are used as given; the others are read from the running config. Stops on
 * a cycle or at an absurd depth rather than loop.
 */
export async function readDeviceGroupChain(
  deviceGroup: string,
  opts: { showConfig: ShowConfig; knownParents?: Readonly<Record<string, string>>; signal?: AbortSignal },
): Promise<string[]> {
  const chain = [deviceGroup];
  let current = deviceGroup;
  while (chain.length < MAX_DEVICE_GROUP_DEPTH) {
    const known = opts.knownParents && Object.hasOwn(opts.knownParents, current);
    const parent = known
      ? (opts.knownParents?.[current] ?? '')
      : await opts
          .showConfig(deviceGroupParentXpath(current), opts.signal)
          .then((node) => (node ? textOf(node, 'parent-dg') : ''));
    if (!parent || parent === 'shared' || chain.includes(parent)) break;
    chain.push(parent);
    current = parent;
  }
  return chain;
}

/** Enough for real deployments; beyond it we stop asking rather than flood the management plane. */
const MAX_DEVICE_GROUPS_SEARCHED = 64;

/** Whether a device group's own `devices` list names the firewall (by serial). */
export async function deviceGroupListsDevice(
  deviceGroup: string,
  serial: string,
  opts: { showConfig: ShowConfig; signal?: AbortSignal },
): Promise<boolean> {
  const listed = await opts.showConfig(
    `${deviceGroupXpath(deviceGroup)}/devices/${entryNamed(serial)}`,
    opts.signal,
  );
  return listed !== null;
}

/**
 * The device group a managed firewall (by serial) belongs to, for Panorama viewed from "All"
 * where the page names none. Device-group names come from the small readonly hierarchy; each
 * group's own `devices` list is then asked for the serial (answers are cached by the caller).
 * Null when no group lists the device.
 */
export async function findDeviceGroupOfDevice(
  serial: string,
  opts: { showConfig: ShowConfig; signal?: AbortSignal },
): Promise<string | null> {
  if (!serial) return null;
  const hierarchy = await opts.showConfig(`${READONLY_DEVICE}/device-group`, opts.signal);
  const names = hierarchy
    ? [...hierarchy.getElementsByTagName('entry')]
        .filter((entry) => entry.parentElement?.tagName === 'device-group')
        .map((entry) => entry.getAttribute('name') ?? '')
        .filter((name) => name !== '')
    : [];
  for (const name of names.slice(0, MAX_DEVICE_GROUPS_SEARCHED)) {
    if (await deviceGroupListsDevice(name, serial, opts)) return name;
  }
  return null;
}

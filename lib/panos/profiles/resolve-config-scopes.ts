// A config scope is one place where rules, profile groups and profiles can live: a vsys, a
// device group, shared (read by xpath from the running config), or the policy Panorama pushed to
// a firewall (one op answer, searched in memory). Resolution walks scopes in order.

import type { ScopePlace } from '../types';
import {
  profileGroupXpath,
  profileXpath,
  type Rulebase,
  type ShowConfig,
  securityRulesXpath,
} from './config-xpath';
import { PROFILE_CONTAINERS, type RuleProfileType } from './profile-types';

export interface ConfigScope {
  /** In words, for the UI: 'vsys1', 'shared', 'device group "branch"', 'pushed from Panorama'. */
  label: string;
  place?: ScopePlace;
  /** The rulebases this scope has, in evaluation order. */
  rulebases: readonly Rulebase[];
  /** The security rule entries of one rulebase ([] when it has none). */
  rules(rulebase: Rulebase): Promise<Element[]>;
  profileGroup(name: string): Promise<Element | null>;
  hasProfile(type: RuleProfileType, name: string): Promise<boolean>;
}

function childElements(parent: Element, name: string): Element[] {
  return Array.from(parent.children).filter((child) => child.tagName === name);
}

/** Descendants (and self) named `name`, in document order. */
function elementsNamed(root: Element, name: string): Element[] {
  const found = Array.from(root.getElementsByTagName(name));
  return root.tagName === name ? [root, ...found] : found;
}

/**
 * The entries an answer holds. `show` answers a container xpath with the container inside
 * `<result>` and an entry xpath with the entry itself; cope with both and with a bare result.
 */
function entriesIn(result: Element, container: string): Element[] {
  if (result.tagName === 'entry') return [result];
  const direct = childElements(result, 'entry');
  if (direct.length > 0) return direct;
  const holder = elementsNamed(result, container)[0];
  return holder ? childElements(holder, 'entry') : [];
}

const named = (entries: Element[], name: string) =>
  entries.find((entry) => entry.getAttribute('name') === name) ?? null;

/** Each rulebase read at most once per scope. */
function memoRules(read: (rulebase: Rulebase) => Promise<Element[]>) {
  const seen = new Map<Rulebase, Promise<Element[]>>();
  return (rulebase: Rulebase) => {
    let rules = seen.get(rulebase);
    if (!rules) {
      rules = read(rulebase);
      seen.set(rulebase, rules);
    }
    return rules;
  };
}

/** A vsys, device group or shared, read from the running config by xpath. */
export function xpathScope(opts: {
  label: string;
  place?: ScopePlace;
  base: string;
  rulebases: readonly Rulebase[];
  showConfig: ShowConfig;
  signal?: AbortSignal;
}): ConfigScope {
  const { base, showConfig, signal } = opts;
  return {
    label: opts.label,
    place: opts.place,
    rulebases: opts.rulebases,
    rules: memoRules(async (rulebase) => {
      const result = await showConfig(securityRulesXpath(base, rulebase), signal);
      return result ? entriesIn(result, 'rules') : [];
    }),
    async profileGroup(name) {
      const result = await showConfig(profileGroupXpath(base, name), signal);
      return result ? named(entriesIn(result, 'profile-group'), name) : null;
    },
    async hasProfile(type, name) {
      const result = await showConfig(profileXpath(base, type, name), signal);
      const container = PROFILE_CONTAINERS[type].split('/').at(-1) ?? '';
      return result !== null && named(entriesIn(result, container), name) !== null;
    },
  };
}

/** Entries of `root/.../<path[0]>/<path[1]>/.../entry`, wherever that path sits below root. */
function entriesAtPath(root: Element, path: string[]): Element[] {
  const [first, ...rest] = path;
  if (!first) return [];
  let level = elementsNamed(root, first);
  for (const step of rest) level = level.flatMap((element) => childElements(element, step));
  return level.flatMap((element) => childElements(element, 'entry'));
}

/**
 * The policy Panorama pushed to a firewall (op `show config pushed-shared-policy`). Its exact
 * layout is [inf]: rulebases and objects are found wherever they sit below the answer.
 */
export function pushedPolicyScope(root: Element, label = 'pushed from Panorama'): ConfigScope {
  return {
    label,
    place: { kind: 'pushed' },
    rulebases: ['pre-rulebase', 'post-rulebase'],
    rules: async (rulebase) => entriesAtPath(root, [rulebase, 'security', 'rules']),
    profileGroup: async (name) => named(entriesAtPath(root, ['profile-group']), name),
    hasProfile: async (type, name) =>
      named(entriesAtPath(root, PROFILE_CONTAINERS[type].split('/')), name) !== null,
  };
}

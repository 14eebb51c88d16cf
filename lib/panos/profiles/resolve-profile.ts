// Names the Security Profile behind a blocking threat entry, in the order of reference section 8:
// the web UI's exception-profile lookup (then the config for group and rule location), else the
// rule's profile-setting in the running config, else what the log alone makes certain. A source
// that fails is recorded in the answer's reason; only an abort or an expired session is thrown.

import { isAbort, isSessionOver } from '../panos-error';
import type { ProfileResolution, ThreatEntry } from '../types';
import { profileTypeLabel, profileTypeOfSubtype } from './profile-types';
import {
  configChangedSince,
  logOnlyResolution,
  type RunningConfigContext,
  resolveFromRunningConfig,
  unresolvableReason,
} from './resolve-config';
import {
  currentExceptionProfile,
  type ExceptionProfileArgs,
  type ExceptionProfileChoice,
  exceptionProfileArgs,
} from './resolve-exception-profiles';
import type { ConfigCache } from './resolve-profile-cache';

export { type ConfigCache, createConfigCache } from './resolve-profile-cache';

export interface ResolveProfileDeps {
  product: 'firewall' | 'panorama';
  /** MonitorDirect.getThreatExceptionProfiles through the page (raw Direct answer). */
  exceptionProfiles?(args: ExceptionProfileArgs): Promise<unknown>;
  /** The UI location sent with those args (vsys or device group); the log's vsys by default. */
  exceptionLocation?: string;
  /** Running-config access (XML API); its signal is the one given to resolveProfile. */
  runningConfig?: Omit<RunningConfigContext, 'signal'>;
  /** Shares config reads across rows and lookups of one firewall. */
  configCache?: { cache: ConfigCache; origin: string };
  /** The device's newest known config version (compared with the log's `config_ver`). */
  currentConfigVersion?: string;
  /** What config reads are remembered under (default: currentConfigVersion). */
  configCacheVersion?: string;
  /** Why the config is not read, when `runningConfig` is absent for a reason other than access. */
  noConfigReason?: string;
}

const NO_CONFIG_ACCESS =
  'The running configuration could not be read from this page (no working XML API access; an API key for this firewall can be stored in the options).';

function isFatal(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || isAbort(error) || isSessionOver(error);
}

const messageOf = (error: unknown) =>
  error instanceof Error && error.message ? error.message : String(error);

function configContext(deps: ResolveProfileDeps, signal?: AbortSignal): RunningConfigContext | null {
  const config = deps.runningConfig;
  if (!config) return null;
  const cached = deps.configCache;
  if (!cached) return { ...config, signal };
  const version = deps.configCacheVersion ?? config.currentConfigVersion ?? '';
  return {
    ...config,
    showConfig: cached.cache.showConfig(cached.origin, version, config.showConfig),
    op: config.op ? cached.cache.op(cached.origin, version, config.op) : undefined,
    signal,
  };
}

function fromExceptionProfile(
  entry: ThreatEntry,
  choice: ExceptionProfileChoice,
  configChanged: boolean,
): ProfileResolution {
  return {
    profileType: profileTypeOfSubtype(entry.subtype),
    profileName: choice.name,
    groupName: null,
    rule: entry.rule,
    ruleLocation: null,
    profileLocation: choice.location || null,
    source: 'exception-profiles',
    unknownReason: null,
    configChanged,
  };
}

/** Adds what the config knows (group, rule location) to the UI's answer; the UI's name stands. */
async function enrichFromConfig(
  found: ProfileResolution,
  entry: ThreatEntry,
  config: RunningConfigContext | null,
): Promise<ProfileResolution> {
  if (!config) return found;
  try {
    const known = await resolveFromRunningConfig(entry, config);
    const sameProfile = known.profileName === found.profileName;
    return {
      ...found,
      groupName: sameProfile ? known.groupName : found.groupName,
      ruleLocation: known.ruleLocation ?? found.ruleLocation,
      rulePlace: known.rulePlace ?? found.rulePlace ?? null,
      deviceGroup: known.deviceGroup ?? found.deviceGroup,
      notes: known.notes ?? found.notes,
      profileLocation: found.profileLocation ?? (sameProfile ? known.profileLocation : null),
      configChanged: found.configChanged || known.configChanged,
    };
  } catch (error) {
    if (isFatal(error, config.signal)) throw error;
    return found;
  }
}

export async function resolveProfile(
  entry: ThreatEntry,
  deps: ResolveProfileDeps,
  signal?: AbortSignal,
): Promise<ProfileResolution> {
  const config = configContext(deps, signal);
  const configChanged = configChangedSince(
    entry,
    deps.currentConfigVersion ?? deps.runningConfig?.currentConfigVersion,
  );
  const unresolvable = unresolvableReason(entry);
  if (unresolvable !== null) return logOnlyResolution(entry, unresolvable, configChanged);

  const reasons: string[] = [];
  if (deps.exceptionProfiles) {
    try {
      const raw = await deps.exceptionProfiles(exceptionProfileArgs(entry, deps.exceptionLocation));
      const current = currentExceptionProfile(raw);
      if (current)
        return await enrichFromConfig(fromExceptionProfile(entry, current, configChanged), entry, config);
      const type = profileTypeOfSubtype(entry.subtype);
      const label = type ? profileTypeLabel(type) : 'Security';
      reasons.push(`The web UI marked no ${label} profile as used by rule "${entry.rule}".`);
    } catch (error) {
      if (isFatal(error, signal)) throw error;
      reasons.push(`The web UI could not name the profile (${messageOf(error)}).`);
    }
  }
  if (!config) {
    const why = deps.noConfigReason ?? NO_CONFIG_ACCESS;
    return logOnlyResolution(entry, [...reasons, why].join(' '), configChanged);
  }
  try {
    const fromConfig = await resolveFromRunningConfig(entry, config);
    if (fromConfig.source !== 'log-only' || reasons.length === 0) return fromConfig;
    return { ...fromConfig, unknownReason: [...reasons, fromConfig.unknownReason].join(' ') };
  } catch (error) {
    if (isFatal(error, signal)) throw error;
    reasons.push(`The running configuration could not be read (${messageOf(error)}).`);
    return logOnlyResolution(entry, reasons.join(' '), configChanged);
  }
}

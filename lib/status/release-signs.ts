// What a user can send when their PAN-OS release differs from the ones we know (diagnostics):
// which RPC object answered, the log store class, the grid components and their store's field
// names, release signs (Pan.staticMOTD, token seed length, the login form's _csrf), and what
// the DOM holds. Names and counts only: every string from the page must look like a name (no
// dots, colons or digits first, so no host name or IP address), and no log value is read.

import type { PageSurvey } from '../bridge/protocol';
import { RPC_OBJECT_NAMES } from '../bridge/rpc-object';

/** The bridge's survey (rpcObject null: none has a run function, or no bridge), and the DOM's signs. */
export interface ReleaseSigns extends PageSurvey {
  /** The main-world bridge answered the survey. */
  bridgeAnswered: boolean;
  /** Counts in the page's DOM: ExtJS grid views, ARIA grids, tables. */
  dom: { xGrid3Views: number; ariaGrids: number; tables: number };
  /** The login form posts a `_csrf` field (PAN-OS 10.1.6 and later); null: not on the login page. */
  loginCsrfField: boolean | null;
}

/** A field name, tree path or log type; never a value. */
const NAME = /^@?[A-Za-z][\w/ -]{0,63}$/;
const VERSION = /^\d{1,3}(\.\d{1,4}){0,3}$/;
const MAX_GRIDS = 8;
const MAX_FIELDS = 200;

const names = (value: unknown, max: number): string[] =>
  Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && NAME.test(item)).slice(0, max)
    : [];
const name = (value: unknown): string => (typeof value === 'string' && NAME.test(value) ? value : '');
const count = (value: unknown): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
const rpcName = (value: unknown): string | null =>
  (RPC_OBJECT_NAMES as readonly unknown[]).includes(value) ? (value as string) : null;

/** The bridge's survey, kept only where each field is a known name, a name-shaped string or a count. */
export function sanitiseSurvey(raw: unknown): Omit<ReleaseSigns, 'dom' | 'loginCsrfField'> {
  const survey = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<
    Record<keyof PageSurvey, unknown>
  >;
  const grids = Array.isArray(survey.logGrids) ? survey.logGrids.slice(0, MAX_GRIDS) : [];
  return {
    rpcObject: rpcName(survey.rpcObject),
    rpcObjectsPresent: Array.isArray(survey.rpcObjectsPresent)
      ? survey.rpcObjectsPresent.map(rpcName).filter((item): item is string => item !== null)
      : [],
    logStoreClass: survey.logStoreClass === true,
    staticMotd: survey.staticMotd === true,
    tokenSeedLength: count(survey.tokenSeedLength),
    extVersion:
      typeof survey.extVersion === 'string' && VERSION.test(survey.extVersion) ? survey.extVersion : '',
    logGrids: grids.map((grid) => {
      const g = (typeof grid === 'object' && grid !== null ? grid : {}) as Record<string, unknown>;
      return {
        logtype: name(g.logtype),
        itemId: name(g.itemId),
        shown: g.shown === true,
        records: count(g.records),
        storeFields: names(g.storeFields, MAX_FIELDS),
      };
    }),
    bridgeAnswered: typeof raw === 'object' && raw !== null,
  };
}

/**
 * Release signs as they cross from the tab's content script to the extension's pages: re-read
 * field by field, so nothing but names and counts gets through. undefined when not an object.
 */
export function readReleaseSignsValue(raw: unknown): ReleaseSigns | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const value = raw as Record<string, unknown>;
  const dom = (typeof value.dom === 'object' && value.dom !== null ? value.dom : {}) as Record<
    string,
    unknown
  >;
  return {
    ...sanitiseSurvey(raw),
    bridgeAnswered: value.bridgeAnswered === true,
    dom: { xGrid3Views: count(dom.xGrid3Views), ariaGrids: count(dom.ariaGrids), tables: count(dom.tables) },
    loginCsrfField: typeof value.loginCsrfField === 'boolean' ? value.loginCsrfField : null,
  };
}

/** "What was found", in words, when the log page's grid is not one this extension recognises. */
export function describeFound(signs: ReleaseSigns): string {
  const { dom } = signs;
  const grids = signs.logGrids.map((grid) => grid.logtype || 'unnamed');
  return [
    `${dom.xGrid3Views} ExtJS grid view${dom.xGrid3Views === 1 ? '' : 's'}`,
    `${dom.ariaGrids} other grid${dom.ariaGrids === 1 ? '' : 's'}`,
    `${dom.tables} table${dom.tables === 1 ? '' : 's'}`,
    grids.length > 0 ? `log grid components: ${grids.join(', ')}` : 'no log grid component',
    signs.rpcObject ? `RPC object ${signs.rpcObject}` : 'no RPC object',
  ].join('; ');
}

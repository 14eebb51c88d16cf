// The survey request, in the page's main world: what this PAN-OS release's page offers, as
// names and counts for diagnostics (reference section 9: releases differ, and we have seen
// only an 8.1-era UI). Never a log value: store records give their field names only.

import { allComponents, isLogGrid, isShownGrid } from './ext-grid';
import type { PageGlobals } from './ext-surface';
import type { PageSurvey } from './protocol';
import { findRpcObject, rpcObjectsPresent } from './rpc-object';

const MAX_GRIDS = 8;
const MAX_FIELDS = 200;

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function tokenSeedLength(globals: PageGlobals): number {
  const holder = globals.Pan?.st?.st;
  if (!holder || typeof holder !== 'object') return 0;
  const key = Object.keys(holder).find((name) => /^st\d+$/.test(name));
  const seed = key ? holder[key] : undefined;
  return typeof seed === 'string' ? seed.length : 0;
}

function gridsOf(globals: PageGlobals): PageSurvey['logGrids'] {
  return allComponents(globals)
    .filter(isLogGrid)
    .slice(-MAX_GRIDS)
    .map((grid) => {
      const store = safely(() => grid.getStore?.(), undefined);
      const records = safely(() => Number(store?.getCount?.() ?? 0), 0);
      const first = safely(() => store?.getAt?.(0)?.data, undefined);
      const storeFields = first && typeof first === 'object' ? Object.keys(first).slice(0, MAX_FIELDS) : [];
      return {
        logtype: String(grid.logtype),
        itemId: typeof grid.itemId === 'string' ? grid.itemId : '',
        shown: safely(() => isShownGrid(grid), false),
        records: Number.isFinite(records) ? records : 0,
        storeFields,
      };
    });
}

export function pageSurvey(globals: PageGlobals): PageSurvey {
  const ctor = safely(() => globals.Pan?.base?.data?.LogStore, undefined);
  const version = safely(() => globals.Ext?.version, undefined);
  return {
    rpcObject: findRpcObject(globals)?.name ?? null,
    rpcObjectsPresent: rpcObjectsPresent(globals),
    logStoreClass: typeof ctor === 'function',
    staticMotd: safely(() => globals.Pan?.staticMOTD !== undefined, false),
    tokenSeedLength: safely(() => tokenSeedLength(globals), 0),
    extVersion: typeof version === 'string' ? version : '',
    logGrids: safely(() => gridsOf(globals), []),
  };
}

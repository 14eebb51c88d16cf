// The slices of the extension API the shell uses, as plain interfaces: the real `browser`
// satisfies them, and tests pass small fakes (WXT's fake browser lacks scripting/permissions).

export interface ContentScriptSpec {
  id: string;
  js: string[];
  matches: string[];
  runAt: 'document_idle';
  world: 'MAIN' | 'ISOLATED';
  allFrames: boolean;
  persistAcrossSessions?: boolean;
}

export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(scripts: ContentScriptSpec[]): Promise<unknown>;
  updateContentScripts(scripts: ContentScriptSpec[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
  executeScript(injection: {
    target: { tabId: number; allFrames?: boolean };
    files: string[];
    world?: 'MAIN' | 'ISOLATED';
  }): Promise<unknown>;
}

export interface PermissionsApi {
  getAll(): Promise<{ origins?: string[] }>;
  contains(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

export interface TabsApi {
  query(query: { url?: string | string[] }): Promise<{ id?: number; url?: string }[]>;
}

export interface StorageAreaApi {
  get(keys: string): Promise<Record<string, unknown>>;
}

/** What the background's shell logic needs. `managed` may be missing or throw: some browsers lack it. */
export interface ShellApi {
  permissions: PermissionsApi;
  scripting: ScriptingApi;
  tabs: TabsApi;
  managed?: StorageAreaApi;
}

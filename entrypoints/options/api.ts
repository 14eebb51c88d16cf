// The browser, seen through the narrow interfaces lib/shell's logic takes.

import { browser } from 'wxt/browser';
import type { DiagnosticsApi } from '../../lib/shell/diagnostics';
import type { ShellRequestApi } from '../../lib/shell/shell-requests';

export const optionsApi = browser as unknown as DiagnosticsApi & ShellRequestApi;
export const managedArea = browser.storage.managed as unknown as DiagnosticsApi['managed'];

// Opens the glossary page in a new tab (from the popup and the options page).

import { browser } from 'wxt/browser';

export function openGlossary(query = ''): void {
  const url = browser.runtime.getURL('/glossary.html');
  void browser.tabs.create({ url: query ? `${url}?q=${encodeURIComponent(query)}` : url });
}

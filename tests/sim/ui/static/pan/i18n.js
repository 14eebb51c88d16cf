// Pan.i18n: the UI language (stored in localStorage, as the real UI keeps the user's choice)
// and the grid header texts per language. The header table comes from the app page
// (Pan.i18nHeaders, from tests/sim/ui/header-texts.ts); fields it lacks stay in English.
((window) => {
  const Pan = window.Ext.ns('Pan');
  const STORAGE_KEY = 'pan.ui.language';
  const LANGUAGES = ['en', 'ja', 'de', 'fr'];
  const LANGUAGE_NAMES = { en: 'English', ja: '日本語', de: 'Deutsch', fr: 'Français' };

  function readStored() {
    try {
      return window.localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  }

  const listeners = new window.Ext.util.Observable();

  Pan.i18n = {
    languages: LANGUAGES,
    languageNames: LANGUAGE_NAMES,
    getLanguage() {
      const stored = readStored();
      return LANGUAGES.includes(stored) ? stored : 'en';
    },
    setLanguage(language) {
      if (!LANGUAGES.includes(language)) return;
      try {
        window.localStorage.setItem(STORAGE_KEY, language);
      } catch {
        // Storage may be off: the choice then lasts until the next reload.
      }
      window.document.documentElement.lang = language;
      listeners.fireEvent('languagechange', language);
    },
    on(name, fn, scope) {
      listeners.on(name, fn, scope);
    },
    un(name, fn, scope) {
      listeners.un(name, fn, scope);
    },
    /** The header for a field in the current language; the English fallback otherwise. */
    header(field, english, language) {
      const texts = Pan.i18nHeaders?.[field];
      return texts?.[language || Pan.i18n.getLanguage()] || english;
    },
  };
})(window);

import { describe, expect, it } from 'vitest';
import { HEADER_TEXTS } from '../../tests/sim/ui/header-texts';
import {
  fieldForHeader,
  HEADER_LANGUAGES,
  HEADER_TRANSLATIONS,
  normaliseHeaderText,
} from './header-translations';

describe('fieldForHeader', () => {
  it.each([
    ['Session End Reason', 'session_end_reason'],
    ['  session   end\n reason ', 'session_end_reason'],
    ['SESSION END REASON', 'session_end_reason'],
    ['セッション終了理由', 'session_end_reason'],
    ['Sitzungsendgrund', 'session_end_reason'],
    ['Motif de fin de session', 'session_end_reason'],
    ['Action', 'action'],
    ['アクション', 'action'],
    ['Aktion', 'action'],
    ['セッション\u00a0ID', 'sessionid'],
    ['ＩＰ プロトコル', 'proto'],
    ['Heure de réception', 'receive_time'],
    ['Generate Time', 'time_generated'],
    ['Device SN', 'serial'],
    ['Device Name', 'device_name'],
    ['URL Category', null],
    ['', null],
  ])('%j -> %s', (text, field) => expect(fieldForHeader(text)).toBe(field));

  it('names every field from every language', () => {
    for (const [field, texts] of Object.entries(HEADER_TRANSLATIONS)) {
      for (const language of HEADER_LANGUAGES) expect(fieldForHeader(texts[language])).toBe(field);
    }
  });

  it('has no text that two fields share', () => {
    const owner = new Map<string, string>();
    for (const [field, texts] of Object.entries(HEADER_TRANSLATIONS)) {
      for (const language of HEADER_LANGUAGES) {
        const key = normaliseHeaderText(texts[language]);
        expect(owner.get(key) ?? field, `${key}`).toBe(field);
        owner.set(key, field);
      }
    }
  });

  it("is in step with the simulator's copy of the table", () => {
    expect(HEADER_TRANSLATIONS).toEqual(HEADER_TEXTS);
  });
});

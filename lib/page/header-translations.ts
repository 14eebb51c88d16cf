// Grid header text -> log field, for every UI language in docs/ARCHITECTURE.md ("UI languages").
// PAN translates header texts (Pan.i18n), so the DOM fallback reader finds columns by these
// texts, never by position. The simulator keeps its own copy; a test keeps the two in step.

export const HEADER_LANGUAGES = ['en', 'ja', 'de', 'fr'] as const;
export type HeaderLanguage = (typeof HEADER_LANGUAGES)[number];

type Texts = Readonly<Record<HeaderLanguage, string>>;

/** field -> header text per language. */
export const HEADER_TRANSLATIONS: Readonly<Record<string, Texts>> = {
  receive_time: { en: 'Receive Time', ja: '受信日時', de: 'Empfangszeit', fr: 'Heure de réception' },
  time_generated: { en: 'Generate Time', ja: '生成日時', de: 'Generierungszeit', fr: 'Heure de génération' },
  subtype: { en: 'Type', ja: 'タイプ', de: 'Typ', fr: 'Type' },
  from: { en: 'From Zone', ja: '送信元ゾーン', de: 'Von Zone', fr: 'Zone source' },
  to: { en: 'To Zone', ja: '宛先ゾーン', de: 'Zu Zone', fr: 'Zone de destination' },
  src: { en: 'Source', ja: '送信元', de: 'Quelle', fr: 'Source' },
  srcuser: { en: 'Source User', ja: '送信元ユーザー', de: 'Quellbenutzer', fr: 'Utilisateur source' },
  dst: { en: 'Destination', ja: '宛先', de: 'Ziel', fr: 'Destination' },
  dport: { en: 'To Port', ja: '宛先ポート', de: 'Zielport', fr: 'Port de destination' },
  app: { en: 'Application', ja: 'アプリケーション', de: 'Anwendung', fr: 'Application' },
  action: { en: 'Action', ja: 'アクション', de: 'Aktion', fr: 'Action' },
  rule: { en: 'Rule', ja: 'ルール', de: 'Regel', fr: 'Règle' },
  session_end_reason: {
    en: 'Session End Reason',
    ja: 'セッション終了理由',
    de: 'Sitzungsendgrund',
    fr: 'Motif de fin de session',
  },
  bytes: { en: 'Bytes', ja: 'バイト', de: 'Bytes', fr: 'Octets' },
  sessionid: { en: 'Session ID', ja: 'セッション ID', de: 'Sitzungs-ID', fr: 'ID de session' },
  start: { en: 'Start Time', ja: '開始時刻', de: 'Startzeit', fr: 'Heure de début' },
  elapsed: {
    en: 'Elapsed Time (sec)',
    ja: '経過時間 (秒)',
    de: 'Verstrichene Zeit (s)',
    fr: 'Temps écoulé (s)',
  },
  serial: { en: 'Device SN', ja: 'デバイス SN', de: 'Geräte-SN', fr: 'N° de série' },
  device_name: { en: 'Device Name', ja: 'デバイス名', de: 'Gerätename', fr: 'Nom du périphérique' },
  vsys: { en: 'Virtual System', ja: '仮想システム', de: 'Virtuelles System', fr: 'Système virtuel' },
  sport: { en: 'Source Port', ja: '送信元ポート', de: 'Quellport', fr: 'Port source' },
  proto: { en: 'IP Protocol', ja: 'IP プロトコル', de: 'IP-Protokoll', fr: 'Protocole IP' },
  threatid: { en: 'Name', ja: '名前', de: 'Name', fr: 'Nom' },
  severity: { en: 'Severity', ja: '重要度', de: 'Schweregrad', fr: 'Gravité' },
  misc: { en: 'URL', ja: 'URL', de: 'URL', fr: 'URL' },
};

/** Same text whatever the spacing, case, or Unicode form (full-width forms fold under NFKC). */
export function normaliseHeaderText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
}

function buildLookup(): ReadonlyMap<string, string> {
  const lookup = new Map<string, string>();
  for (const [field, texts] of Object.entries(HEADER_TRANSLATIONS)) {
    for (const language of HEADER_LANGUAGES) {
      const key = normaliseHeaderText(texts[language]);
      // First field wins; the table has no cross-field clash within the traffic grid.
      if (!lookup.has(key)) lookup.set(key, field);
    }
  }
  return lookup;
}

const FIELD_BY_HEADER = buildLookup();

/** The log field a grid header text names, in any known language; null when unknown. */
export function fieldForHeader(text: string): string | null {
  return FIELD_BY_HEADER.get(normaliseHeaderText(text)) ?? null;
}

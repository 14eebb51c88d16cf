// Grid header texts per UI language: the simulator's own copy of the table in
// docs/ARCHITECTURE.md ("UI languages"). The app page hands it to the browser side
// (Pan.i18n.headers); a test keeps it in step with the extension's copy.

export const UI_LANGUAGES = ['en', 'ja', 'de', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

type Texts = Record<UiLanguage, string>;

export const HEADER_TEXTS: Readonly<Record<string, Texts>> = {
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

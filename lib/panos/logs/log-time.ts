// PAN-OS log times: 'YYYY/MM/DD hh:mm:ss' in the firewall's local time, without a zone. We
// never convert zones: times are compared as wall-clock readings. Date.UTC is used only as
// calendar arithmetic (no zone, no DST), never to say what instant it was.

const LOG_TIME = /^\s*(\d{4})[/-](\d{1,2})[/-](\d{1,2})[ T]+(\d{1,2}):(\d{2}):(\d{2})\s*$/;

/** Wall-clock seconds (a calendar count, not an instant); null when the text is not a log time. */
export function parseLogTime(text: string | null | undefined): number | null {
  const match = LOG_TIME.exec(text ?? '');
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 2025/02/30 over to March: refuse days the month does not have.
  if (new Date(ms).getUTCDate() !== day) return null;
  return ms / 1000;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function formatLogTime(wallClockSeconds: number): string {
  const date = new Date(wallClockSeconds * 1000);
  return (
    `${pad(date.getUTCFullYear(), 4)}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}

/** The log time `seconds` later (negative: earlier); null when the text is not a log time. */
export function addSeconds(text: string, seconds: number): string | null {
  const parsed = parseLogTime(text);
  return parsed === null ? null : formatLogTime(parsed + seconds);
}

/** Orders log times; texts that are not log times sort first, among themselves as equal. */
export function compareLogTimes(a: string, b: string): number {
  const left = parseLogTime(a);
  const right = parseLogTime(b);
  if (left === null || right === null) return (left === null ? 0 : 1) - (right === null ? 0 : 1);
  return left - right;
}

/** The earliest and latest of the texts that are log times, formatted; null when none are. */
export function logTimeRange(texts: readonly string[]): { earliest: string; latest: string } | null {
  const times = texts.map(parseLogTime).filter((time): time is number => time !== null);
  if (times.length === 0) return null;
  return { earliest: formatLogTime(Math.min(...times)), latest: formatLogTime(Math.max(...times)) };
}

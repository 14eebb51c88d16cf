// The device's time zone. Scenario log times are written as UTC wall-clock readings of fixed
// instants; a device in another zone shows the same instants in its own zone (Panorama shows
// log times in Panorama's zone, reference section 9). So with a zone every 'YYYY/MM/DD hh:mm:ss'
// value of every log entry is re-read as UTC and written in that zone.

import type { LogEntry, Scenario } from './types';

const LOG_TIME = /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** A formatter that writes an instant as a log time in `zone` (throws on an unknown zone). */
export function logTimeFormatter(zone: string): (utcWallClock: string) => string {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return (text) => {
    const match = LOG_TIME.exec(text);
    if (!match) return text;
    const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as number[];
    const instant = Date.UTC(year as number, (month as number) - 1, day, hour, minute, second);
    const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
    return `${parts.year}/${parts.month}/${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
  };
}

function shiftEntries(entries: LogEntry[], shift: (text: string) => string): LogEntry[] {
  return entries.map((entry) => ({
    logid: entry.logid,
    fields: Object.fromEntries(Object.entries(entry.fields).map(([name, value]) => [name, shift(value)])),
  }));
}

/** The scenario as a device in `zone` shows it; the same scenario for UTC or no zone. */
export function inDeviceTimeZone(scenario: Scenario, zone: string | undefined): Scenario {
  if (!zone || zone === 'UTC') return scenario;
  const shift = logTimeFormatter(zone);
  return {
    ...scenario,
    sessions: shiftEntries(scenario.sessions, shift),
    contentLogs: {
      threat: shiftEntries(scenario.contentLogs.threat, shift),
      url: shiftEntries(scenario.contentLogs.url, shift),
      data: shiftEntries(scenario.contentLogs.data, shift),
      wildfire: shiftEntries(scenario.contentLogs.wildfire, shift),
    },
  };
}

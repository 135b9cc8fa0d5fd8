import { Temporal } from 'temporal-polyfill';

/** The viewer's own IANA zone, as the browser knows it. */
export function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every IANA zone the browser knows, for the zone picker. */
export function allZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** "Wed 17 Mar 2027, 15:00" in a zone. */
export function formatInZone(iso: string, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** "15:00" in a zone. */
export function timeInZone(iso: string, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** The instant as a wall-clock value for a datetime-local field (`2027-03-17T15:00`) in a zone. */
export function wallClockInZone(iso: string, zone: string): string {
  return Temporal.Instant.from(iso).toZonedDateTimeISO(zone).toPlainDateTime().toString({ smallestUnit: 'minute' });
}

/** The calendar day (`2027-03-17`) an instant falls on in a zone. */
export function dayInZone(iso: string, zone: string): string {
  return Temporal.Instant.from(iso).toZonedDateTimeISO(zone).toPlainDate().toString();
}

/** The Monday of the week holding `day`, and the seven days from it. */
export function weekOf(day: string): string[] {
  const date = Temporal.PlainDate.from(day);
  const monday = date.subtract({ days: date.dayOfWeek - 1 });
  return Array.from({ length: 7 }, (_, index) => monday.add({ days: index }).toString());
}

export function shiftDay(day: string, days: number): string {
  return Temporal.PlainDate.from(day).add({ days }).toString();
}

/** The UTC instant a day starts at in a zone (for the week's from/to). */
export function startOfDayIn(day: string, zone: string): string {
  return Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: zone }).toInstant().toString();
}

export function todayIn(zone: string): string {
  return Temporal.Now.plainDateISO(zone).toString();
}

/** "Mon 15 Mar" for a calendar day. */
export function formatDay(day: string): string {
  const date = Temporal.PlainDate.from(day);
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
}

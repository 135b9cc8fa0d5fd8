import { Temporal } from 'temporal-polyfill';
import { AppError } from '#server/platform/errors.ts';

/** `2027-03-10T15:00`, seconds optional, an offset (`-05:00`) only to pick one side of a fall-back hour. */
const wallClockPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)([+-]\d{2}:\d{2})?$/;

/** The zone's canonical IANA name (`europe/berlin` → `Europe/Berlin`), or a 400 naming `field`. Offsets are not zones. */
export function canonicalZone(zone: string, field = 'timeZone'): string {
  if (!/^[A-Za-z]/.test(zone) || /^(?:GMT|UTC)?[+-]/i.test(zone)) {
    throw new AppError('bad_request', `${field}: "${zone}" is an offset, not a time zone; give an IANA name such as Europe/Berlin (offsets change with daylight saving).`);
  }
  try {
    return Temporal.Now.zonedDateTimeISO(zone).timeZoneId;
  } catch {
    throw new AppError('bad_request', `${field}: "${zone}" is not a known IANA time zone (e.g. Europe/Berlin, America/New_York).`);
  }
}

/**
 * A wall-clock time in a zone, as the UTC instant it names. A time that does not exist there (the hour skipped when
 * clocks spring forward) is refused; one that exists twice (the hour repeated when they fall back) needs its offset,
 * e.g. `2026-11-01T01:30-04:00` for the first 01:30 in New York. Never a silent shift.
 */
export function toInstant(startsAt: string, zone: string, field = 'startsAt'): Date {
  const match = wallClockPattern.exec(startsAt);
  if (!match) throw new AppError('bad_request', `${field}: "${startsAt}" is not a wall-clock time like 2027-03-10T15:00 (the zone goes in timeZone).`);
  const [, local = '', offset] = match;
  let plain: Temporal.PlainDateTime;
  try {
    plain = Temporal.PlainDateTime.from(local, { overflow: 'reject' });
  } catch {
    throw new AppError('bad_request', `${field}: "${startsAt}" is not a real date and time.`);
  }
  const earlier = plain.toZonedDateTime(zone, { disambiguation: 'earlier' });
  const later = plain.toZonedDateTime(zone, { disambiguation: 'later' });
  const exists = earlier.toPlainDateTime().equals(plain);
  if (!exists) {
    throw new AppError(
      'bad_request',
      `${field}: ${local} does not exist in ${zone} (the clocks jump forward from UTC${earlier.offset} to UTC${later.offset} that night, skipping it); pick another time, e.g. ${later.toPlainDateTime().toString({ smallestUnit: 'minute' })}.`,
    );
  }
  const ambiguous = earlier.offset !== later.offset;
  if (offset) {
    const chosen = [earlier, later].find((candidate) => candidate.offset === offset);
    if (!chosen) throw new AppError('bad_request', `${field}: the offset ${offset} is not ${zone}'s offset at ${local} (it is ${[...new Set([earlier.offset, later.offset])].join(' or ')}).`);
    return new Date(chosen.epochMilliseconds);
  }
  if (ambiguous) {
    throw new AppError(
      'bad_request',
      `${field}: ${local} happens twice in ${zone} (the clocks go back that night); add the offset: ${local}${earlier.offset} for the first, ${local}${later.offset} for the second.`,
    );
  }
  return new Date(earlier.epochMilliseconds);
}

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type ZonedParts = { date: string; time: string; zone: string; offset: string; zoneName: string };

/** How an instant reads in a zone, for a mail or a reminder: "Wednesday, 10 March 2027", "15:00", "Europe/Berlin (CET, UTC+01:00)". */
export function describeInZone(instant: Date, zone: string): ZonedParts {
  const zoned = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(zone);
  const date = `${weekdays[zoned.dayOfWeek - 1]}, ${zoned.day} ${months[zoned.month - 1]} ${zoned.year}`;
  const time = zoned.toPlainTime().toString({ smallestUnit: 'minute' });
  const short = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const label = short && !/^GMT/.test(short) ? `${short}, UTC${zoned.offset}` : `UTC${zoned.offset}`;
  return { date, time, zone, offset: zoned.offset, zoneName: `${zone} (${label})` };
}

/** The wall-clock time and offset of an instant in a zone, as the API returns it beside the UTC instant. */
export function localTimeOf(instant: Date, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(zone).toString({ timeZoneName: 'never', smallestUnit: 'minute' });
}

/** A period of whole UTC days as the instants that bound it: from its first midnight to the midnight after its last day. */
export type InstantWindow = { from: string; to: string; fromInstant: string; untilInstant: string };

const dayMs = 24 * 60 * 60 * 1000;

export function windowOf(range: { from: string; to: string }): InstantWindow {
  return {
    from: range.from,
    to: range.to,
    fromInstant: `${range.from}T00:00:00.000Z`,
    untilInstant: new Date(Date.parse(`${range.to}T00:00:00Z`) + dayMs).toISOString(),
  };
}

/** The UTC day of an instant, as YYYY-MM-DD. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The day `days` after (or, negative, before) a day. */
export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs));
}

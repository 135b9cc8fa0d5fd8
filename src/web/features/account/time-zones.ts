/** The IANA zones this browser knows, for pickers; falls back to a short list on browsers without supportedValuesOf. */
export function timeZoneOptions(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? ['Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo'];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** The zone this browser runs in ("Europe/Berlin"): the default until the user picks one. */
export function browserTimeZone(): string | null {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && timeZoneOptions().includes(zone) ? zone : null;
}

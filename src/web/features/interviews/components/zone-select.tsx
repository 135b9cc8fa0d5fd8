import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { allZones } from '#web/features/interviews/time-zones.ts';

/** An IANA time zone picker (searchable); offsets are not zones, so none is offered. */
export function ZoneSelect({ label, value, onChange, error }: { label: string; value: string; onChange: (zone: string) => void; error?: string | undefined }) {
  const zones = useMemo(() => allZones(), []);
  return <Select label={label || undefined} aria-label={label || 'Time zone'} searchable limit={50} allowDeselect={false} data={zones} value={value} onChange={(zone) => zone && onChange(zone)} error={error} w={240} />;
}

/** A byte count as a person reads it in an error message: "25 MB", "1.5 MB", "800 KB". */
export function describeSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1 ? `${Math.round(megabytes * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A storage size as people read it: "820 kB", "12.4 MB", "1.2 GB". */
export function formatBytes(bytes: number, locale: string): string {
  // From kilobytes up: "byte" has no short form that reads well ("0 byte").
  const units = ['kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = Math.max(0, bytes) / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'];
const INTL_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'];

/** 1536 → "1.5 KB" (powers of 1024, as file managers show sizes); other locales: "1,5 kB". */
export function formatFileSize(bytes: number, locale = 'en'): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  if (locale !== 'en') {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: INTL_UNITS[unit],
      unitDisplay: 'short',
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    }).format(unit === 0 ? bytes : value);
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(digits)} ${UNITS[unit]}`;
}

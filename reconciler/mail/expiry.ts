// Human wording of times for the mail. Fixed English and UTC, independent of the machine's ICU data and
// time zone, so the same input always renders the same bytes.

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** `Monday, 30 November 2026 at 20:07 UTC` */
export function formatExpiry(date: Date): string {
  const weekday = WEEKDAYS[date.getUTCDay()] ?? '';
  const month = MONTHS[date.getUTCMonth()] ?? '';
  return `${weekday}, ${date.getUTCDate()} ${month} ${date.getUTCFullYear()} at ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())} UTC`;
}

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** `7 days`, `23 hours`, `5 minutes`: the largest whole unit, rounded down so we never promise too much. */
export function formatDuration(milliseconds: number): string {
  const minutes = Math.floor(milliseconds / 60_000);
  if (minutes < 1) return 'less than a minute';
  const hours = Math.floor(minutes / 60);
  if (hours < 1) return plural(minutes, 'minute');
  const days = Math.floor(hours / 24);
  if (days < 1) return plural(hours, 'hour');
  return plural(days, 'day');
}

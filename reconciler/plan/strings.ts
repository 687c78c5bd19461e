// The one order for strings in plans and reports.

/** Code-unit order: locale independent, so plans are byte-identical on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

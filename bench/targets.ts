// Issue 5's targets as data, and the verdict of each measured figure against its target. Pure.

export type Comparison = 'at-most' | 'below' | 'at-least' | 'within';

export interface Verdict {
  target: string;
  figure: string;
  /** The measured value, formatted. */
  measured: string;
  /** The target, formatted, e.g. `≤ 1.02`. */
  limit: string;
  /** measured / target for upper bounds, target / measured for lower bounds: ≤ 1 passes. */
  ratio: number;
  pass: boolean;
}

export function atMost(target: string, figure: string, value: number, limit: number, format: (n: number) => string): Verdict {
  return { target, figure, measured: format(value), limit: `≤ ${format(limit)}`, ratio: value / limit, pass: value <= limit };
}

export function below(target: string, figure: string, value: number, limit: number, format: (n: number) => string): Verdict {
  return { target, figure, measured: format(value), limit: `< ${format(limit)}`, ratio: value / limit, pass: value < limit };
}

export function atLeast(target: string, figure: string, value: number, limit: number, format: (n: number) => string): Verdict {
  return { target, figure, measured: format(value), limit: `≥ ${format(limit)}`, ratio: limit / value, pass: value >= limit };
}

/** `value` within `center ± tolerance`; the ratio is the distance from the center over the tolerance. */
export function within(target: string, figure: string, value: number, center: number, tolerance: number, format: (n: number) => string): Verdict {
  const distance = Math.abs(value - center);
  return { target, figure, measured: format(value), limit: `${format(center)} ± ${format(tolerance)}`, ratio: distance / tolerance, pass: distance <= tolerance };
}

export function exactly(target: string, figure: string, value: number, expected: number): Verdict {
  return { target, figure, measured: String(value), limit: `= ${expected}`, ratio: value === expected ? 1 : Number.NaN, pass: value === expected };
}

export const fixed = (digits: number) => (n: number): string => n.toFixed(digits);
export const integer = (n: number): string => Math.round(n).toLocaleString('en-US');
export const ms = (n: number): string => `${Math.round(n).toLocaleString('en-US')} ms`;
export const seconds = (n: number): string => `${(n / 1000).toFixed(2)} s`;
export const megabytes = (n: number): string => `${Math.round(n)} MB`;
export const percent = (n: number): string => `${(n * 100).toFixed(1)}%`;
export const perSecond = (n: number): string => `${Math.round(n).toLocaleString('en-US')}/s`;

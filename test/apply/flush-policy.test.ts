// When bookkeeping is written: a full window at once, older rows only once enough wait; and what a crash repeats.
import { describe, expect, it } from 'vitest';
import { crashWindow, flushRuleOf, isFlushDue, rowsPerFlush } from '../../reconciler/apply/flush-policy';
import { shippedDefaults } from '../support/config';

describe('the bookkeeping flush rule', () => {
  const rule = flushRuleOf({ bookkeeping_flush_every: 1000, bookkeeping_flush_min: 500, bookkeeping_flush_seconds: 600 });

  it('writes a full window whatever its age, and older rows only once the minimum waits', () => {
    expect(isFlushDue(1000, 0, rule)).toBe(true);
    expect(isFlushDue(999, 599_999, rule)).toBe(false);
    expect(isFlushDue(499, 10 * 600_000, rule)).toBe(false);
    expect(isFlushDue(500, 599_999, rule)).toBe(false);
    expect(isFlushDue(500, 600_000, rule)).toBe(true);
  });

  it('costs at most one job per `min` mails however slow the tenant, and one per `every` when it is fast', () => {
    expect(rowsPerFlush(0.01, rule)).toBe(500); // far slower than any plan
    expect(rowsPerFlush(1, rule)).toBe(600); // 600 mails in 10 minutes
    expect(rowsPerFlush(1.25, rule)).toBe(750);
    expect(rowsPerFlush(8, rule)).toBe(1000); // Enterprise: the window fills first
  });

  it('the shipped settings: flush 1,000 mails, or 500 after 15 minutes; a crash repeats at most 2,008 mails', () => {
    const { batching } = shippedDefaults();
    const shipped = flushRuleOf(batching);
    expect(shipped).toEqual({ every: 1000, min: 500, afterMs: 900_000 });
    expect(rowsPerFlush(1, shipped)).toBe(900); // Free at share 0.5
    expect(rowsPerFlush(1.25, shipped)).toBe(1000); // Essentials: the window fills within 15 minutes
    expect(crashWindow(batching)).toBe(2 * 1000 + 8);
  });
});

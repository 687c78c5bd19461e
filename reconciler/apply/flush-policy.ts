// When the bookkeeping of sent mails is written: the trade-off between what a crash can repeat and what the
// bookkeeping costs. Each write is one users-imports job (upsert) and its polls, whatever its size, so:
// - a full window of `bookkeeping_flush_every` mails is always written at once: that count bounds what a crash
//   repeats (see crashWindow);
// - older mails are written after `bookkeeping_flush_seconds`, but only once at least `bookkeeping_flush_min` wait,
//   so that a slow tenant (Free: 1 mail a second at share 0.5) pays one job per that many mails, never one per few
//   seconds;
// - whatever is left is written when the apply ends.
import type { BatchingSettings } from '../config';

export interface FlushRule {
  /** Rows that are written at once, whatever their age. */
  every: number;
  /** Rows that must be waiting before age alone writes them. */
  min: number;
  /** The age of the oldest waiting row after which `min` rows are enough. */
  afterMs: number;
}

export function flushRuleOf(batching: Pick<BatchingSettings, 'bookkeeping_flush_every' | 'bookkeeping_flush_min' | 'bookkeeping_flush_seconds'>): FlushRule {
  return { every: batching.bookkeeping_flush_every, min: batching.bookkeeping_flush_min, afterMs: batching.bookkeeping_flush_seconds * 1000 };
}

/** Whether `waiting` rows, the oldest `oldestAgeMs` old, are written now. */
export function isFlushDue(waiting: number, oldestAgeMs: number, rule: FlushRule): boolean {
  return waiting >= rule.every || (waiting >= rule.min && oldestAgeMs >= rule.afterMs);
}

/** Rows per write when mails come steadily at `mailsPerSecond`: the model of isFlushDue the plan's estimate uses. */
export function rowsPerFlush(mailsPerSecond: number, rule: FlushRule): number {
  const byAge = Math.max(rule.min, Math.ceil((mailsPerSecond * rule.afterMs) / 1000));
  return Math.max(1, Math.min(rule.every, byAge));
}

/**
 * The most mails a crash can make the next run send again: mail may run ahead of its bookkeeping by two windows
 * (one filling, one being written; the applier waits for room before each ticket), plus the tickets in flight.
 */
export function crashWindow(batching: Pick<BatchingSettings, 'bookkeeping_flush_every' | 'ticket_concurrency'>): number {
  return unrecordedLimit(batching) + batching.ticket_concurrency;
}

/** Mails that may be sent and not yet recorded before the next ticket waits (UpsertBatcher.room). */
export function unrecordedLimit(batching: Pick<BatchingSettings, 'bookkeeping_flush_every'>): number {
  return 2 * Math.max(1, batching.bookkeeping_flush_every);
}

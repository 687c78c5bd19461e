// The two ways Auth0 pages its member lists: offset pages (`page`, `per_page`, `include_totals`) and checkpoint
// pages (`from`, `take`; the answer carries `next` while more remain). The emulator's `next` is an opaque token
// naming where the next page starts.
import { ApiError } from '../errors';

export interface PageQuery {
  page?: number;
  per_page?: number;
  include_totals?: boolean;
  from?: string;
  take?: number;
}

export type Page<T> =
  | { kind: 'checkpoint'; items: T[]; next?: string }
  | { kind: 'offset'; items: T[]; start: number; limit: number; total: number; withTotals: boolean };

/** Checkpoint paging when `from` or `take` is given, else offset paging (Auth0's rule for these lists). */
export function pageOf<T>(items: readonly T[], query: PageQuery): Page<T> {
  if (query.from !== undefined || query.take !== undefined) {
    const take = query.take ?? 50;
    const start = query.from === undefined ? 0 : decodeCheckpoint(query.from);
    const slice = items.slice(start, start + take);
    const end = start + slice.length;
    return end < items.length ? { kind: 'checkpoint', items: slice, next: encodeCheckpoint(end) } : { kind: 'checkpoint', items: slice };
  }
  const limit = query.per_page ?? 50;
  const start = (query.page ?? 0) * limit;
  return { kind: 'offset', items: items.slice(start, start + limit), start, limit, total: items.length, withTotals: query.include_totals === true };
}

/** The page as Auth0 answers it, the items under `key`. */
export function pageJson<T>(page: Page<T>, key: string): unknown {
  if (page.kind === 'checkpoint') return page.next === undefined ? { [key]: page.items } : { [key]: page.items, next: page.next };
  return page.withTotals ? { start: page.start, limit: page.limit, total: page.total, [key]: page.items } : page.items;
}

function encodeCheckpoint(index: number): string {
  return Buffer.from(`i:${index}`).toString('base64url');
}

function decodeCheckpoint(from: string): number {
  const match = /^i:(\d+)$/.exec(Buffer.from(from, 'base64url').toString('utf8'));
  if (!match) throw new ApiError(400, 'Invalid request query string. The message is: invalid from', 'invalid_query_string');
  return Number(match[1]);
}

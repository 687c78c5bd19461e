// `GET /api/v2/users` over a set of users: the v3 query, the sort, and Auth0's limits (the first 1,000 results,
// a 2 s time budget).
import { ApiError, invalidQuery } from '../errors';
import type { UserRecord } from '../state';
import { parseUserQuery } from './query';

/** Search can only page through the first 1,000 results (https://auth0.com/docs/manage-users/user-search/user-search-best-practices). */
export const SEARCH_RESULT_CAP = 1000;

const SORTABLE = new Set(['user_id', 'email', 'name', 'given_name', 'family_name', 'nickname', 'created_at', 'updated_at', 'last_login', 'logins_count', 'username']);

export function checkPaging(page: number, perPage: number): void {
  if (page * perPage + perPage > SEARCH_RESULT_CAP) {
    throw new ApiError(400, 'You can only page through the first 1000 records. See https://auth0.com/docs/users/search/v3/view-search-results-by-page#limitation', 'invalid_paging');
  }
}

/** The users matching `q` (all without one), sorted by `sort` when given. */
export function searchUsers(users: UserRecord[], q: string | undefined, sort: string | undefined, budgetMs: number): UserRecord[] {
  const predicate = q !== undefined && q.trim() !== '' ? parseUserQuery(q) : undefined;
  const matching = predicate ? searchWithin(users, predicate, budgetMs) : [...users];
  return sort === undefined ? matching : sortUsers(matching, sort);
}

/** Runs the predicate over the users, answering 503 (as Auth0 does after 2 s) when the time budget runs out. */
function searchWithin(users: UserRecord[], predicate: (user: UserRecord) => boolean, budgetMs: number): UserRecord[] {
  const started = performance.now();
  const matching: UserRecord[] = [];
  for (let index = 0; index < users.length; index += 1) {
    if ((index & 63) === 0 && performance.now() - started > budgetMs) throw searchTimeout();
    const user = users[index] as UserRecord;
    if (predicate(user)) matching.push(user);
  }
  if (performance.now() - started > budgetMs) throw searchTimeout();
  return matching;
}

// The status is documented (https://auth0.com/docs/manage-users/user-search/user-search-best-practices); the message and the errorCode are guesses.
const searchTimeout = (): ApiError => new ApiError(503, 'The query exceeded the timeout. Please try refining your search criteria.', 'query_timeout');

function sortUsers(users: UserRecord[], sort: string): UserRecord[] {
  const match = /^([a-z_]+):(-?1)$/.exec(sort);
  if (!match?.[1] || !match[2]) throw invalidQuery(`'String does not match pattern ^(([a-zA-Z0-9_\\.]+))\\:(1|-1)$' on property sort`);
  const field = match[1] as keyof UserRecord;
  if (!SORTABLE.has(field)) throw invalidQuery(`'Sorting by ${field} is not supported' on property sort`);
  const direction = match[2] === '1' ? 1 : -1;
  return [...users].sort((a, b) => {
    const x = a[field];
    const y = b[field];
    if (x === y) return 0;
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return (x < y ? -1 : 1) * direction;
  });
}

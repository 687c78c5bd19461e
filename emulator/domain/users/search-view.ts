// What `GET /api/v2/users` searches: the live users, or (with a search lag) the users as they were `lag` ms ago.
// Auth0's search index is eventually consistent (https://auth0.com/docs/manage-users/user-search/user-search-best-practices); users-by-email and GET /users/{id} are not
// affected. Snapshots are shallow copies of the user records taken once per burst of changes (metadata objects
// are always replaced, never mutated in place, so sharing them is safe); with lag 0 nothing is copied.
import type { TenantState, UserRecord } from '../state';

interface Snapshot {
  at: number;
  users: UserRecord[];
}

export class SearchView {
  private snapshots: Snapshot[] = [];
  private pendingSince: number | undefined;

  constructor(private readonly state: TenantState, private readonly now: () => number, private lagMs: number) {
    state.addChangeListener(() => this.changed());
    this.configure(lagMs);
  }

  get lag(): number {
    return this.lagMs;
  }

  /** Sets the lag; the current users become the baseline every older query sees. */
  configure(lagMs: number): void {
    this.lagMs = lagMs;
    this.pendingSince = undefined;
    this.snapshots = lagMs > 0 ? [{ at: Number.NEGATIVE_INFINITY, users: this.copy() }] : [];
  }

  /** The users search answers from now. */
  users(): UserRecord[] {
    if (this.lagMs <= 0) return this.state.data.users;
    const cutoff = this.now() - this.lagMs;
    let index = 0;
    while (index + 1 < this.snapshots.length && (this.snapshots[index + 1] as Snapshot).at <= cutoff) index += 1;
    if (index > 0) this.snapshots.splice(0, index);
    return (this.snapshots[0] as Snapshot).users;
  }

  private changed(): void {
    if (this.lagMs <= 0 || this.pendingSince !== undefined) return;
    this.pendingSince = this.now();
    // One copy per burst of synchronous changes (e.g. a batch of imported users), stamped with its first change.
    setImmediate(() => {
      if (this.pendingSince === undefined || this.lagMs <= 0) return;
      this.snapshots.push({ at: this.pendingSince, users: this.copy() });
      this.pendingSince = undefined;
    });
  }

  private copy(): UserRecord[] {
    return this.state.data.users.map((user) => ({ ...user }));
  }
}

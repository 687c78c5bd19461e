// The status of an invitation roll-out: plain data made by status.ts from desired + observed + now, and drawn by
// one renderer per format (render/status-*.ts). The JSON output (docs/status-output.md) is this value.

/** Where an invitation stands, per person. */
export type InviteeState = 'pending' | 'invited' | 'expired' | 'accepted' | 'revoked' | 'unmanaged';

/** In the order of the funnel, then the users the files do not declare. */
export const INVITEE_STATES: readonly InviteeState[] = ['pending', 'invited', 'expired', 'accepted', 'revoked', 'unmanaged'];

/** One person: a declared invitee, or a user of the connection the files do not declare. */
export interface StatusRow {
  email: string;
  state: InviteeState;
  /** The invitee file that declares the person; null for revoked and unmanaged users. */
  file: string | null;
  line: number | null;
  /** When the latest invitation mail went out. */
  invited_at: string | null;
  /** When the latest link stops (or stopped) working. */
  expires_at: string | null;
  /** When a password was set (Auth0's `last_password_reset`). */
  password_set_at: string | null;
  /** Auth0 keeps only the latest login; with one login it is also the first. */
  last_login_at: string | null;
  logins: number;
  /** Blocked in the tenant. For a declared invitee the reconciler never does that: someone did by hand. */
  blocked: boolean;
  /** An open link that stops working within the status's `expiring_within_days`. */
  expires_soon: boolean;
}

export type StateCounts = Record<InviteeState, number>;

/** Of the declared invitees who were sent an invitation: how many set a password, how many logged in. */
export interface Funnel {
  invited: number;
  password_set: number;
  logged_in: number;
}

export interface FileBreakdown {
  /** null: the users no file declares (revoked, unmanaged). */
  file: string | null;
  counts: StateCounts;
}

/** What a person should look at: it went differently from what the files say. */
export interface Drift {
  /** Users of the connection that no file declares and the reconciler does not manage. */
  undeclared: string[];
  /** Declared invitees that are blocked in the tenant. */
  blocked: string[];
  /** Open links that stop working soon, soonest first. */
  expiring: string[];
}

export interface StatusFilter {
  /** Invitee files (as the plan names them, or their file name); empty: every file. */
  files: string[];
  /** Empty: every state. */
  states: InviteeState[];
}

export interface Status {
  /** The instant the status is for (ISO 8601). */
  now: string;
  expiringWithinDays: number;
  filter: StatusFilter;
  /** Sorted by email. */
  rows: StatusRow[];
  totals: StateCounts & { declared: number };
  funnel: Funnel;
  /** From the invitation mail to the password, over those who set one; null when nobody did. */
  medianSecondsToAccept: number | null;
  /** Sorted by file name; the undeclared last. */
  files: FileBreakdown[];
  drift: Drift;
}

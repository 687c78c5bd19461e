// The reconciler's vocabulary: desired invitees, observed users, and the plan that joins them.
// Plain data, and the few rules that define it (an email's identity, the kinds of action that mail): the planner
// is a pure function over these types. Kept as one file on purpose, although it is over 300 lines: it is almost
// only types with their doc comments, and one vocabulary read in one place is easier to change than six.

/** Where a value was declared, for error messages and plan lines (1-based line and column). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** Profile fields a users-imports job accepts and the reconciler manages (https://auth0.com/docs/manage-users/user-migration/bulk-user-imports). */
export interface Profile {
  name?: string;
  given_name?: string;
  family_name?: string;
  nickname?: string;
  picture?: string;
}

export const PROFILE_FIELDS = ['name', 'given_name', 'family_name', 'nickname', 'picture'] as const;

export type ProfileField = (typeof PROFILE_FIELDS)[number];

export type Metadata = Record<string, unknown>;

/** One person declared in `invitees/*.yaml`, after `defaults` were merged in. */
export interface Invitee {
  /** Identity: the lower-cased, trimmed email. */
  email: string;
  profile: Profile;
  /** Top-level keys whose value is `null` count as not declared (managed.ts): removed only if managed before. */
  user_metadata: Metadata;
  /** Declared app_metadata; never contains the reconciler's own `invitation` key. */
  app_metadata: Metadata;
  /** Tenant roles by name (sorted, unique); absent or empty: none declared. */
  roles?: string[];
  /** Organization memberships (sorted by name), each with its member roles. */
  organizations?: OrganizationGrant[];
  source: SourceLocation;
}

/** A membership of an organization (by name) and the roles the member holds in it (sorted, unique). */
export interface OrganizationGrant {
  name: string;
  roles: string[];
}

/** Identity of an invitee: trimmed and lower-cased, as Auth0 stores emails of its own database users. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface Desired {
  /** Sorted by email; emails are unique. */
  invitees: Invitee[];
  /**
   * Files under the invitees folder that were not read (another extension, hidden), named like `source.file`
   * (`invitees/notes.txt`) and sorted. Reported with the plan as warnings, never silently skipped.
   */
  unloaded?: string[];
  /** Every place a role or organization is named, to report a name the tenant does not know where it is written. */
  references?: AccessReference[];
}

/** One mention of a role or organization name in an invitee file. */
export interface AccessReference {
  kind: 'role' | 'organization';
  name: string;
  source: SourceLocation;
}

/** The reconciler's own bookkeeping, kept in the tenant at `app_metadata.invitation`. */
export const INVITATION_KEY = 'invitation';

export type InvitationStatus = 'pending' | 'invited' | 'adopted';

/**
 * What the reconciler declared for a user at its last write, like `kubectl apply`'s last-applied record: a field
 * or key listed here and no longer declared is removed; one never listed is never touched. Top-level keys only.
 */
export interface ManagedFields {
  profile: ProfileField[];
  user_metadata: string[];
  app_metadata: string[];
}

export interface InvitationState {
  status: InvitationStatus;
  /** When the latest invitation mail went out (ISO 8601). */
  invited_at?: string;
  /** When the latest ticket stops working (ISO 8601). */
  expires_at?: string;
  /** How many invitation mails this user was sent over its life. */
  sent?: number;
  /** When the user was adopted (status `adopted`). */
  adopted_at?: string;
  /** The declared fields and keys at the last write (absent on users written before it was recorded). */
  managed?: ManagedFields;
  /**
   * Set when the reconciler itself blocked the user (a revocation): only such a block is undone when the user is
   * declared again. A block without it was set by someone else (an admin's emergency block) and is held.
   */
  revoked_at?: string;
  /**
   * The invitation marker of `mail.delivery: auth0`: set while the person has not set a password, so that Auth0's
   * Change Password template words the mail as an invitation (a real reset reads as a reset). The bookkeeping
   * removes it once they have; the login Action never writes it.
   */
  awaiting_password?: boolean;
  /** The grants this reconciler made and still manages; only these are ever removed (plan/grants.ts). */
  grants?: GrantRecord;
}

/** Grants the reconciler made, by name, each list sorted; a membership made by hand is not in `organizations`. */
export interface GrantRecord {
  roles?: string[];
  /** Organizations whose membership the reconciler made. */
  organizations?: string[];
  /** Member roles the reconciler assigned, per organization name. */
  organization_roles?: Record<string, string[]>;
}

/** A user of the managed database connection as read from the tenant. */
export interface ObservedUser {
  user_id: string;
  /** Lower-cased. */
  email: string;
  email_verified: boolean;
  blocked: boolean;
  profile: Profile;
  user_metadata: Metadata;
  /** Complete app_metadata as stored, including `invitation` when present. */
  app_metadata: Metadata;
  last_password_reset?: string;
  last_login?: string;
  logins_count?: number;
  /** Tenant roles by name, sorted; present only when roles were observed. */
  roles?: string[];
  /** Memberships with their member roles, sorted; present only when organizations were observed. */
  organizations?: OrganizationGrant[];
}

export interface Connection {
  id: string;
  name: string;
}

export interface Observed {
  connection: Connection;
  users: ObservedUser[];
  /** The roles and organizations of the tenant, when the run uses any (their members are on each user). */
  access?: ObservedAccess;
}

/** A role or organization of the tenant. */
export interface NamedEntity {
  id: string;
  name: string;
}

export interface ObservedAccess {
  roles: NamedEntity[];
  organizations: NamedEntity[];
}

export type RevokePolicy = 'block' | 'delete' | 'ignore';

/** Who sends invitations (`mail.delivery`): the reconciler (a ticket, mailed over SMTP or to the outbox) or Auth0. */
export type DeliveryName = 'smtp' | 'auth0';

/** Everything `plan()` needs besides desired and observed state. Time is an input: the planner reads no clock. */
export interface Policy {
  /** ISO 8601 instant the plan is made for. */
  now: string;
  revoke: RevokePolicy;
  /** Refuse the whole apply when revocations exceed this share of managed users (0..1)… */
  maxRemovalFraction: number;
  /** …unless the operator said `--allow-mass-removal`. */
  allowMassRemoval: boolean;
  /** Send a new ticket when the last one expired unused. */
  reinviteExpired: boolean;
  /** How invitations go out; only shown in the plan (default `smtp`). */
  delivery?: DeliveryName;
}

/** One field that differs between declaration and tenant. `to: undefined` removes the field. */
export interface Change {
  field: string;
  from: unknown;
  to: unknown;
}

interface WithInvitee {
  email: string;
  invitee: Invitee;
}

interface WithUser {
  user: ObservedUser;
}

/**
 * Roles and memberships to add or remove for one user, and the grant record to keep afterwards. Set on an action
 * only when something changes (a grant, or only the record).
 */
export interface GrantPlan {
  changes: GrantChange[];
  /** The record after the changes, when all succeed; undefined when nothing is managed any more. */
  record: GrantRecord | undefined;
}

/** `role`: a tenant role; `membership`: membership of an organization; `organization_role`: a member role in one. */
export type GrantChange =
  | { op: 'add' | 'remove'; kind: 'role'; role: string }
  | { op: 'add' | 'remove'; kind: 'membership'; organization: string }
  | { op: 'add' | 'remove'; kind: 'organization_role'; organization: string; role: string };

/** Missing from the tenant: import, ticket, mail. */
export interface InviteAction extends WithInvitee {
  kind: 'invite';
  grants?: GrantPlan;
}
/** Imported but never mailed (a crash, or a failed ticket): ticket, mail. */
export interface ResumeAction extends WithInvitee, WithUser {
  kind: 'resume';
  changes: Change[];
  grants?: GrantPlan;
}
/** The ticket expired and no password was ever set; only when the policy allows. */
export interface ReinviteAction extends WithInvitee, WithUser {
  kind: 'reinvite';
  changes: Change[];
  grants?: GrantPlan;
}
/** Declared profile or metadata differs from the tenant. */
export interface UpdateAction extends WithInvitee, WithUser {
  kind: 'update';
  changes: Change[];
  grants?: GrantPlan;
}
/** Declared, exists, but carries no bookkeeping: mark it managed, never mail it. */
export interface AdoptAction extends WithInvitee, WithUser {
  kind: 'adopt';
  changes: Change[];
  grants?: GrantPlan;
}
/** Managed but no longer declared. */
export interface RevokeAction extends WithUser {
  kind: 'revoke';
  email: string;
  mode: 'block' | 'delete';
}
export interface UnchangedAction extends WithInvitee, WithUser {
  kind: 'unchanged';
}
/** Declared, but blocked by someone else (not a revocation of the reconciler's): left alone, never unblocked. */
export interface HeldAction extends WithInvitee, WithUser {
  kind: 'held';
}

export type PlanAction =
  | InviteAction
  | ResumeAction
  | ReinviteAction
  | UpdateAction
  | AdoptAction
  | RevokeAction
  | HeldAction
  | UnchangedAction;

export type ActionKind = PlanAction['kind'];

export const ACTION_KINDS: readonly ActionKind[] = [
  'invite',
  'resume',
  'reinvite',
  'update',
  'adopt',
  'revoke',
  'held',
  'unchanged',
];

/** The actions that send an invitation mail. */
export const MAILING_KINDS = ['invite', 'resume', 'reinvite'] as const satisfies readonly ActionKind[];

export type MailingKind = (typeof MAILING_KINDS)[number];

export function isMailing(kind: ActionKind): kind is MailingKind {
  return (MAILING_KINDS as readonly ActionKind[]).includes(kind);
}

/**
 * Something the plan reports besides its actions: a file under the invitees folder that declares nothing
 * (`unloaded-file`), or a user whose bookkeeping cannot be read (`unreadable-bookkeeping`).
 */
export interface Finding {
  kind: 'unloaded-file' | 'unreadable-bookkeeping';
  /** The file (named like `source.file`), for `unloaded-file`. */
  file?: string;
  /** The user, for `unreadable-bookkeeping`. */
  email?: string;
  /** Plain sentence: what was found and what the run does about it. */
  message: string;
}

export interface Plan {
  /** Sorted by email; exactly one action per declared invitee, plus one revoke per removed managed user. */
  actions: PlanAction[];
  counts: Record<ActionKind, number>;
  /** Users of the connection that are neither declared nor managed: reported, never touched. */
  unmanaged: ObservedUser[];
  /** Unloaded files (sorted by path), then unreadable bookkeeping (sorted by email). */
  findings: Finding[];
  /** Set when the plan must not be applied as a whole (e.g. mass removal without `--allow-mass-removal`). */
  refusal?: string;
  /** How its invitations go out (`mail.delivery`), when the policy said. */
  delivery?: DeliveryName;
  /** The tenant's roles and organizations as observed (their ids), when the plan grants or removes any. */
  access?: ObservedAccess;
}

/** The step of an apply in which an invitee failed. */
export type FailureStage = 'import' | 'grant' | 'ticket' | 'mail' | 'bookkeeping' | 'update' | 'revoke';

export interface InviteeFailure {
  email: string;
  /** Where the invitee is declared (absent for revocations of undeclared users). */
  source?: SourceLocation;
  action: ActionKind;
  stage: FailureStage;
  /** Plain message; never contains a ticket URL or a credential. */
  message: string;
  /** Auth0's error code, e.g. `DUPLICATED_USER`, `FORMAT`, `inexistent_user`. */
  code?: string;
  /** The users-imports job the failure came from. */
  jobId?: string;
}

/** What an apply did. */
export interface ApplyReport {
  invited: number;
  resumed: number;
  reinvited: number;
  updated: number;
  adopted: number;
  revoked: number;
  /** Sorted by email, then stage (apply/report.ts): every format lists them in this order. */
  failures: InviteeFailure[];
  /** Management API requests the run made, all included (token, look-ups, jobs, polls, tickets). */
  requests: number;
  durationMs: number;
  /** Actions never started because the apply stopped early (see `stopped`); the next run carries them out. */
  notStarted: number;
  /** Set when the apply stopped before its end. */
  stopped?: ApplyStop;
  /** How invitations went out (`mail.delivery`); with `auth0`, the change-password requests sent (every attempt). */
  delivery?: { name: DeliveryName; changePasswordRequests?: number };
}

/** Why an apply stopped early: a stop signal (SIGINT, SIGTERM), or a failure that every invitation would meet. */
export interface ApplyStop {
  reason: 'signal' | 'systemic-failure';
  /** Plain text: `stopped by SIGINT`, or what failed alike. */
  message: string;
}

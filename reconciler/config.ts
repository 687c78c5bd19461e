// Settings shared by the reconciler and the cdktf stack, read from `invitation.config.yaml`.
// The JSON Schema in `schemas/invitation.config.schema.json` is the authority; this type mirrors it
// after defaults are applied. No secrets here: those come from the environment only.

export interface TicketSettings {
  /** Lifetime of an invitation link in seconds (Auth0 treats 0/unset as 432000). */
  ttl_seconds: number;
  /** New Universal Login: send the person to this application's default login route afterwards. */
  client_id?: string;
  /** Classic Universal Login only: where to send the person afterwards. */
  result_url?: string;
  /** The ticket marks the email verified once used. */
  mark_email_as_verified: boolean;
}

export interface MailSettings {
  /** RFC 5322 From, e.g. `Example <no-reply@example.com>`; `MAIL_FROM` in the environment overrides it. */
  from: string;
  /** Liquid template for the subject line. */
  subject: string;
  /** Paths of Liquid templates, relative to the config file. */
  html_template: string;
  text_template: string;
  /** Shown in the mail as `{{ app_name }}`. */
  app_name: string;
}

export interface BatchingSettings {
  /** Serialized size of one users-imports file; Auth0 rejects more than 512000 bytes. */
  import_max_bytes: number;
  /** Import jobs in flight at once; Auth0 allows 2 per tenant. */
  import_concurrency: number;
  /** Tickets requested in parallel (the rate limiter still paces them). */
  ticket_concurrency: number;
  /** Mark invited users in the tenant after this many mails… */
  bookkeeping_flush_every: number;
  /** …or this many seconds after the oldest unrecorded mail, whichever comes first. */
  bookkeeping_flush_seconds: number;
}

export interface RateLimitSettings {
  /** Share (0..1] of the tenant's Management API rate limit the reconciler may use. */
  share: number;
  /** The tenant's sustained Management API limit in requests per second (plan-dependent; default 16, Enterprise production). */
  per_second?: number;
  /** The tenant's burst (bucket size; default 50). */
  burst?: number;
}

export interface RevokeSettings {
  policy: 'block' | 'delete' | 'ignore';
  /** Refuse to apply when revocations exceed this share (0..1) of managed users. */
  max_fraction: number;
}

export interface ReinviteSettings {
  /** Send a fresh ticket when the previous one expired and no password was set. */
  expired: boolean;
}

export interface StackEnvironment {
  /** Stack name, e.g. `production`; one cdktf stack each. */
  name: string;
  /** Client ids of the applications whose users log in through the connection. */
  enabled_clients: string[];
}

export interface StackSettings {
  environments: StackEnvironment[];
  /** Auth0 password policy of the connection (the schema allows nothing weaker than `fair`). */
  password_policy: 'fair' | 'good' | 'excellent';
  password_min_length: number;
  /** The login gate also sends users imported with legacy password hashes through a reset first. */
  require_reset_for_imported_hashes: boolean;
  /** Name of the machine-to-machine application the reconciler authenticates as. */
  reconciler_client_name: string;
}

export interface InvitationConfig {
  /** Name of the database connection invitees live in. */
  connection: string;
  tickets: TicketSettings;
  mail: MailSettings;
  batching: BatchingSettings;
  rate_limit: RateLimitSettings;
  revoke: RevokeSettings;
  reinvite: ReinviteSettings;
  stack: StackSettings;
}

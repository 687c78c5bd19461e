// How a run sends its invitations: with `mail.delivery: smtp` a mailer whose transport was checked before the first
// write (it mails the tickets the apply mints); with `auth0`, Auth0's own Change Password email through the
// Authentication API.
import { auth0EmailDelivery } from './apply/delivery/auth0-email';
import type { InvitationDelivery } from './apply/delivery/port';
import type { Clock } from './clock';
import { credentialsFromEnv, mailFromEnv } from './environment';
import { createMailer, type Mailer } from './mail/mailer';
import type { OpenTenant } from './open-tenant';
import type { PreparedRun } from './prepare';
import { openAuthenticationApi, type AuthenticationApi } from './tenant/authentication-api';

type Say = (line: string) => void;
type MailOptions = { env: NodeJS.ProcessEnv; clock: Clock; outbox: string };

/** `mail.delivery: smtp`: the reconciler mints tickets and mails them; with `auth0`, Auth0 sends its own email. */
export function mailsItself(input: PreparedRun): boolean {
  return input.config.mail.delivery === 'smtp';
}

/**
 * `mail.delivery: auth0`: Auth0's Change Password email, requested through the Authentication API at its own
 * share of that API's limit. Nothing to check beforehand: the call has no dry form, and a client id Auth0 refuses
 * fails the first window of invitations alike, which halts the apply (systemic-failures.ts).
 */
export function auth0Delivery(input: PreparedRun, open: OpenTenant, options: MailOptions, say: Say): { delivery: InvitationDelivery; api: AuthenticationApi } {
  const { config } = input;
  const api = openAuthenticationApi({
    credentials: credentialsFromEnv(options.env),
    rate: { perSecond: config.rate_limit.authentication.per_second, share: config.rate_limit.authentication.share },
    clock: options.clock,
    onRetry: ({ status, waitMs }) => say(`retrying POST /dbconnections/change_password after ${status === 0 ? 'a failed connection' : `HTTP ${status}`} in ${Math.round(waitMs)} ms`),
  });
  // The schema makes tickets.client_id required with this delivery.
  return { delivery: auth0EmailDelivery({ api, clientId: config.tickets.client_id!, connection: open.connection }), api };
}

/** The mailer, its transport checked: SMTP connect, TLS and login, or the outbox folder writable. */
export async function readyMailer(input: PreparedRun, options: MailOptions): Promise<Mailer> {
  const mailer = createMailer({
    smtp: mailFromEnv(options.env).smtp,
    outboxDir: options.outbox,
    templates: input.templates,
    now: () => new Date(options.clock.now()).toISOString(),
  });
  try {
    await mailer.verify();
    return mailer;
  } catch (error) {
    await mailer.close();
    throw error;
  }
}

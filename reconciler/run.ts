import path from 'node:path';
import { apply } from './apply/apply';
import type { Clock } from './clock';
import { EXIT } from './exit-codes';
import type { InvitationConfig } from './config';
import { loadConfig } from './desired/load-config';
import { loadDesired } from './desired/load-invitees';
import { formatInputError, type InputError } from './desired/errors';
import { assertSender, createMailer } from './mail/mailer';
import { loadTemplates, type MailTemplates } from './mail/templates';
import type { ApplyReport, Desired, Plan, Policy } from './model';
import { plan as makePlan } from './plan/plan';
import { createProgress } from './progress/progress';
import { renderApplyJson, renderPlan, renderReport, type OutputFormat } from './output';
import { ConfigurationError, connectTenant, credentialsFromEnv } from './tenant/connect';
import { Auth0Tenant } from './tenant/tenant';
import { checkScopes } from './tenant/scopes';
import { acquireLease, holderName, isLeaseAddress, LEASE_DOMAIN, leaseGuardedMailer, leaseSecondsFrom, tenantLeasePort, withoutLeaseUsers, type HeldLease } from './tenant/lease';

export { EXIT } from './exit-codes';

export interface RunOptions {
  invitees: string;
  config: string;
  dryRun: boolean;
  format: OutputFormat;
  maskEmails: boolean;
  detailedExitcode: boolean;
  allowMassRemoval: boolean;
  outbox: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream | NodeJS.WritableStream;
  /** Progress bar on a TTY, periodic lines otherwise. */
  isTTY: boolean;
  clock: Clock;
}

/** Outcome of a run, for callers that embed the reconciler (npm start, tests). */
export interface RunResult {
  exitCode: number;
  plan?: Plan;
  report?: ApplyReport;
}

/**
 * The imperative shell around the pure core: load and validate (no request before the input is known to be
 * good), observe, plan, print, and apply unless this is a dry run.
 */
export async function run(options: RunOptions): Promise<RunResult> {
  const { stdout, stderr } = options;
  const say = (line: string): void => void stderr.write(`${line}\n`);

  const configResult = await loadConfig(options.config);
  if (!configResult.config) return inputFailure(configResult.errors, say);
  const config = configResult.config;
  const desiredResult = await loadDesired(options.invitees, { maxRecordBytes: config.batching.import_max_bytes - 2 });
  if (desiredResult.errors.length > 0) return inputFailure(desiredResult.errors, say);
  const desired = desiredResult.desired;
  const reserved = desired.invitees.filter((invitee) => isLeaseAddress(invitee.email));
  if (reserved.length > 0) {
    return inputFailure(reserved.map((invitee) => ({ ...invitee.source, field: 'email', email: invitee.email, message: `addresses @${LEASE_DOMAIN} are reserved for the reconciler's tenant lease` })), say);
  }
  // Mail settings are checked before the first request too: a broken template or sender fails the pull request.
  let templates: MailTemplates;
  try {
    templates = await loadTemplates(config, path.dirname(options.config));
    const mailFrom = options.env.MAIL_FROM?.trim();
    if (mailFrom) templates = { ...templates, from: mailFrom };
    assertSender(templates.from);
    if (options.env.SMTP_URL?.trim() && /@(?:[^>\s]+\.)?(?:example\.(?:com|org|net)|invalid|test|localhost)>?\s*$/i.test(templates.from)) {
      say(`Warning: real mail will go out from the placeholder sender ${templates.from}; set mail.from or MAIL_FROM to your own address.`);
    }
  } catch (error) {
    say(`Error: ${error instanceof Error ? error.message : String(error)}`);
    return { exitCode: EXIT.error };
  }

  let lease: HeldLease | undefined;
  try {
    const credentials = credentialsFromEnv(options.env);
    const connection = connectTenant(credentials, {
      clock: options.clock,
      rate: rateOf(config),
      onRetry: ({ method, path: route, status, waitMs }) =>
        say(`retrying ${method} ${route} after ${status === 0 ? 'a dropped connection' : `HTTP ${status}`} in ${Math.round(waitMs)} ms`),
    });
    const tenant = new Auth0Tenant(connection, options.clock);

    const readScopes = ['read:connections', 'read:users'];
    await checkScopes(connection, readScopes);
    const target = await tenant.findConnection(config.connection);
    const policy = policyOf(config, options);
    // The lease user and its tombstones are the reconciler's own: never planned, never reported.
    const observeAndPlan = async (): Promise<Plan> => makePlan(desired, { connection: target, users: withoutLeaseUsers(await tenant.listUsers(target)) }, policy);
    let thePlan = await observeAndPlan();
    if (!options.dryRun && !thePlan.refusal && hasChanges(thePlan)) {
      // One applier per tenant (reconciler/tenant/lease.ts). A dry run and a run with nothing to do take none.
      await checkScopes(connection, writeScopesFor(thePlan));
      lease = await acquireLease(tenantLeasePort(connection, target.name), {
        holder: holderName(options.env),
        ttlMs: leaseSecondsFrom(options.env) * 1000,
        clock: options.clock,
        autoRenew: true,
        onWarning: say,
      });
      // Another run may have changed the tenant between that observation and the lease: plan on a fresh one.
      thePlan = await observeAndPlan();
    }
    // An apply in JSON prints one document at the end (plan and report together); other formats print the plan first.
    const jsonApply = options.format === 'json' && !options.dryRun;
    const emptyReport = (): ApplyReport => ({ invited: 0, resumed: 0, reinvited: 0, updated: 0, adopted: 0, revoked: 0, failures: [], requests: 0, durationMs: 0 });
    if (!jsonApply) stdout.write(renderPlan(thePlan, { format: options.format, maskEmails: options.maskEmails }));

    if (options.dryRun) {
      return { exitCode: options.detailedExitcode && hasChanges(thePlan) ? EXIT.changes : EXIT.ok, plan: thePlan };
    }
    if (thePlan.refusal) {
      if (jsonApply) stdout.write(renderApplyJson(thePlan, null, options));
      say(`Error: ${thePlan.refusal}`);
      return { exitCode: EXIT.error, plan: thePlan };
    }
    if (!hasChanges(thePlan)) {
      if (jsonApply) stdout.write(renderApplyJson(thePlan, emptyReport(), options));
      return { exitCode: EXIT.ok, plan: thePlan };
    }

    // Again: the plan made under the lease may need more (e.g. a deletion) than the first one did.
    await checkScopes(connection, writeScopesFor(thePlan));

    const mailer = leaseGuardedMailer(createMailer({
      smtpUrl: options.env.SMTP_URL?.trim() || undefined,
      outboxDir: options.outbox,
      templates,
      now: () => new Date(options.clock.now()).toISOString(),
    }), lease);
    const progress = createProgress({ stream: stderr, isTTY: options.isTTY });
    let report: ApplyReport;
    try {
      report = await apply(thePlan, {
        tenant,
        mailer,
        clock: options.clock,
        connection: target,
        tickets: config.tickets,
        batching: config.batching,
        policy,
        progress,
        guard: lease ? () => lease!.assertHeld() : undefined,
      });
    } finally {
      await mailer.close();
    }
    // Release before reporting, so that the report counts every request of the run.
    const held = lease;
    lease = undefined;
    await releaseLease(held, say);
    report.requests = connection.requests.total;
    stdout.write(jsonApply ? renderApplyJson(thePlan, report, options) : renderReport(report, { format: options.format, maskEmails: options.maskEmails }));
    return { exitCode: report.failures.length > 0 ? EXIT.partial : EXIT.ok, plan: thePlan, report };
  } catch (error) {
    say(`Error: ${error instanceof Error ? error.message : String(error)}`);
    if (!(error instanceof ConfigurationError) && options.env.RECONCILE_DEBUG && error instanceof Error && error.stack) say(error.stack);
    return { exitCode: EXIT.error };
  } finally {
    await releaseLease(lease, say);
  }
}

/** Releasing is a courtesy to the next run: a lease that is not released expires by itself. */
async function releaseLease(lease: HeldLease | undefined, say: (line: string) => void): Promise<void> {
  await lease?.release().catch((error: unknown) => say(`Warning: could not release the tenant lease (it expires by itself): ${error instanceof Error ? error.message : String(error)}`));
}

const hasChanges = (thePlan: Plan): boolean => thePlan.actions.some((a) => a.kind !== 'unchanged');

/** Every scope the writes need, checked before the first write (least privilege: delete only under that policy). */
function writeScopesFor(thePlan: Plan): string[] {
  const scopes = ['create:users', 'update:users', 'create:user_tickets'];
  if (thePlan.actions.some((a) => a.kind === 'revoke' && a.mode === 'delete')) scopes.push('delete:users');
  return scopes;
}

function inputFailure(errors: InputError[], say: (line: string) => void): RunResult {
  for (const error of errors) say(formatInputError(error));
  say(`${errors.length} error${errors.length === 1 ? '' : 's'} in the input; nothing was sent to the tenant.`);
  return { exitCode: EXIT.error };
}

export function policyOf(config: InvitationConfig, options: { allowMassRemoval: boolean; clock: Clock }): Policy {
  return {
    now: new Date(options.clock.now()).toISOString(),
    revoke: config.revoke.policy,
    maxRemovalFraction: config.revoke.max_fraction,
    allowMassRemoval: options.allowMassRemoval,
    reinviteExpired: config.reinvite.expired,
  };
}

/** The tenant's Management API limit (Enterprise production by default) and this tool's share of it. */
function rateOf(config: InvitationConfig): { perSecond: number; burst: number; share: number } {
  return {
    perSecond: config.rate_limit.per_second ?? 16,
    burst: config.rate_limit.burst ?? 50,
    share: config.rate_limit.share,
  };
}

export type { Desired };

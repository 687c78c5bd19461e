// The imperative shell around the pure core: prepare (load and validate: no request before the input is known to
// be good) → observe → plan → preflight → apply under the tenant lease → print. The decisions are in
// run-policy.ts. A stop (SIGINT, SIGTERM: `options.stop`) before the apply just ends the run; during the apply it
// is handed to apply(), which stops cleanly; either way the lease is released.
import { apply } from './apply/apply';
import { auth0EmailDelivery } from './apply/delivery/auth0-email';
import type { InvitationDelivery } from './apply/delivery/port';
import { emptyReport } from './apply/report';
import type { Clock } from './clock';
import { ConfigurationError, credentialsFromEnv, debugFrom, mailFromEnv } from './environment';
import type { HeldLease } from './lease/protocol';
import { createMailer, type Mailer } from './mail/mailer';
import type { ApplyReport, ObservedAccess, Plan, Policy } from './model';
import { observe } from './observe';
import { estimateApply } from './plan/estimate';
import { openTenant, releaseLease, takeLease, type OpenTenant } from './open-tenant';
import { plan as makePlan } from './plan/plan';
import { checkTicketSettings, mailsAnyone } from './preflight';
import { inputFailure, prepare, type PreparedRun } from './prepare';
import { unknownNameErrors } from './plan/unknown-names';
import type { InputError } from './desired/errors';
import { createProgress } from './progress/progress';
import { renderApplyJson, renderPlan, renderReport, type OutputFormat } from './render/output';
import { stopExitCode } from './process/stop-signals';
import { applyExitCode, EXIT, nextStep, policyOf, takesLease } from './run-policy';
import { openAuthenticationApi, type AuthenticationApi } from './tenant/authentication-api';
import { checkScopes, scopesToApply } from './tenant/scopes';

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
  /** Aborted (reason `SIGINT` or `SIGTERM`) to stop the run cleanly; the exit code is then 130 or 143. */
  stop?: AbortSignal;
}

/** Outcome of a run, for callers that embed the reconciler (npm start, tests). */
export interface RunResult {
  exitCode: number;
  plan?: Plan;
  report?: ApplyReport;
}

type Say = (line: string) => void;

/** A stop that came before the apply began: nothing was changed. */
class StoppedBeforeApply extends Error {}

/** Invitee files naming roles or organizations the tenant does not have: reported like any bad input. */
class UnknownNames extends Error {
  constructor(readonly errors: InputError[]) {
    super('unknown names');
  }
}

export async function run(options: RunOptions): Promise<RunResult> {
  const say: Say = (line) => void options.stderr.write(`${line}\n`);
  const input = await prepare(options, say);
  if ('exitCode' in input) return input;
  const { stop } = options;
  let lease: HeldLease | undefined;
  let mailer: Mailer | undefined;
  try {
    const open = await beforeStop(openTenant(input.config, options, say), stop);
    const policy = policyOf(input.config, { allowMassRemoval: options.allowMassRemoval, nowMs: options.clock.now() });
    let known: ObservedAccess | undefined;
    const observeAndPlan = async (): Promise<Plan> => {
      const observed = await beforeStop(observe(open.tenant, open.connection, { port: open.access, desired: input.desired, known }), stop);
      known = observed.access;
      const unknown = unknownNameErrors(input.desired.references ?? [], observed.access, {
        roles: input.config.roles.map((r) => r.name),
        organizations: input.config.organizations.map((o) => o.name),
      });
      if (unknown.length > 0) throw new UnknownNames(unknown);
      return makePlan(input.desired, observed, policy);
    };
    let thePlan = await observeAndPlan();
    if (takesLease(thePlan, options)) {
      await checkScopes(open.session, scopesToApply(thePlan));
      // Mail is checked before the first write (the lease is one): a broken SMTP_URL costs no ticket and one login.
      if (mailsAnyone(thePlan) && mailsItself(input)) mailer = await beforeStop(readyMailer(input, options), stop);
      lease = await takeLease(open, input.config, options, say);
      if (stop?.aborted) throw new StoppedBeforeApply();
      // Another run may have changed the tenant between that observation and the lease: plan on a fresh one.
      thePlan = await observeAndPlan();
      if (mailsAnyone(thePlan) && mailsItself(input)) {
        mailer ??= await beforeStop(readyMailer(input, options), stop);
        await checkTicketSettings(open.tenant, { connection: open.connection, tickets: input.config.tickets });
      }
    }
    return await printAndApply(thePlan, { open, input, policy, lease, mailer, options, say });
  } catch (error) {
    if (error instanceof UnknownNames) return inputFailure(error.errors, say, 'nothing was changed in the tenant');
    if (error instanceof StoppedBeforeApply) {
      say(`Stopped by ${String(stop?.reason)} before applying: nothing was changed.`);
      return { exitCode: stopExitCode(stop) };
    }
    say(`Error: ${error instanceof Error ? error.message : String(error)}`);
    if (!(error instanceof ConfigurationError) && debugFrom(options.env) && error instanceof Error && error.stack) say(error.stack);
    return { exitCode: EXIT.error };
  } finally {
    await releaseLease(lease, say);
    await mailer?.close();
  }
}

/**
 * The step's result, unless a stop comes first: then the run ends at once (a read in flight is left to finish
 * unheard; the process exits). Steps that take or hold the lease are never cut short this way.
 */
function beforeStop<T>(step: Promise<T>, stop: AbortSignal | undefined): Promise<T> {
  if (!stop) return step;
  step.catch(() => undefined);
  if (stop.aborted) return Promise.reject(new StoppedBeforeApply());
  return new Promise<T>((resolve, reject) => {
    const onStop = (): void => reject(new StoppedBeforeApply());
    stop.addEventListener('abort', onStop, { once: true });
    step.then(resolve, reject).finally(() => stop.removeEventListener('abort', onStop));
  });
}

/** `mail.delivery: smtp`: the reconciler mints tickets and mails them; with `auth0`, Auth0 sends its own email. */
function mailsItself(input: PreparedRun): boolean {
  return input.config.mail.delivery === 'smtp';
}

/**
 * `mail.delivery: auth0`: Auth0's Change Password email, requested through the Authentication API at its own
 * share of that API's limit. Nothing to check beforehand: the call has no dry form, and a client id Auth0 refuses
 * fails the first window of invitations alike, which halts the apply (systemic-failures.ts).
 */
function auth0Delivery(input: PreparedRun, open: OpenTenant, options: RunOptions, say: Say): { delivery: InvitationDelivery; api: AuthenticationApi } {
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
async function readyMailer(input: PreparedRun, options: RunOptions): Promise<Mailer> {
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

interface ApplyContext {
  open: OpenTenant;
  input: PreparedRun;
  policy: Policy;
  lease: HeldLease | undefined;
  mailer: Mailer | undefined;
  options: RunOptions;
  say: Say;
}

/**
 * Prints the plan, then stops (dry run, refusal, nothing to do) or applies it and prints what became of it. An
 * apply in JSON prints one document at the end (plan and report together); other formats print the plan first.
 */
async function printAndApply(thePlan: Plan, context: ApplyContext): Promise<RunResult> {
  const { options, open } = context;
  const jsonApply = options.format === 'json' && !options.dryRun;
  const write = (text: string): void => void options.stdout.write(text);
  const shown = { format: options.format, maskEmails: options.maskEmails, estimate: estimateApply(thePlan, context.input.config) };
  if (!jsonApply) write(renderPlan(thePlan, shown));
  const step = nextStep(thePlan, options);
  switch (step.kind) {
    case 'dry-run':
      return { exitCode: step.exitCode, plan: thePlan };
    case 'refused':
      if (jsonApply) write(renderApplyJson(thePlan, null, shown));
      context.say(`Error: ${step.reason}`);
      return { exitCode: EXIT.error, plan: thePlan };
    case 'nothing-to-do':
      if (jsonApply) write(renderApplyJson(thePlan, emptyReport(), shown));
      return { exitCode: EXIT.ok, plan: thePlan };
    case 'apply':
      break;
  }
  // Again: the plan made under the lease may need more (e.g. a deletion) than the first one did.
  await checkScopes(open.session, scopesToApply(thePlan));
  const auth0 = context.input.config.mail.delivery === 'auth0' ? auth0Delivery(context.input, open, options, context.say) : undefined;
  const report = await applyUnderLease(thePlan, context, auth0?.delivery);
  // Release before reporting, so that the report counts every request of the run.
  await releaseLease(context.lease, context.say);
  report.requests = open.session.requests.total;
  if (auth0) report.delivery = { name: 'auth0', changePasswordRequests: auth0.api.requests.total };
  write(jsonApply ? renderApplyJson(thePlan, report, shown) : renderReport(report, options));
  return { exitCode: applyExitCode(report, options.stop), plan: thePlan, report };
}

/** The apply, with mail and progress, acting only while the lease is held. */
async function applyUnderLease(thePlan: Plan, { open, input, policy, lease, mailer, options }: ApplyContext, delivery?: InvitationDelivery): Promise<ApplyReport> {
  return apply(thePlan, {
    tenant: open.tenant,
    ...(delivery ? { delivery } : {}),
    access: open.access,
    // A plan that mailed nobody got no checked mailer; should a re-read turn an update into a mailing, it waits.
    mailer: mailer ?? { send: () => Promise.reject(new Error('mail was not checked in this run (its plan mailed nobody); the next run sends it')) },
    clock: options.clock,
    connection: open.connection,
    tickets: input.config.tickets,
    batching: input.config.batching,
    policy,
    progress: createProgress({ stream: options.stderr, isTTY: options.isTTY, now: () => options.clock.now() }),
    guard: lease ? () => lease.assertHeld() : undefined,
    stop: options.stop,
  });
}

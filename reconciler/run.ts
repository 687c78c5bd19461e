// The imperative shell around the pure core: prepare (load and validate: no request before the input is known to
// be good) → observe → plan → apply under the tenant lease → print. The decisions are in run-policy.ts.
import { apply } from './apply/apply';
import { emptyReport } from './apply/report';
import type { Clock } from './clock';
import { ciRunFrom, ConfigurationError, credentialsFromEnv, debugFrom, leaseSecondsFrom, mailFromEnv } from './environment';
import { holderName } from './lease/holder';
import { acquireLease, type HeldLease } from './lease/protocol';
import { leaseTtlMs } from './lease/timing';
import { createMailer } from './mail/mailer';
import type { ApplyReport, Connection, Plan, Policy } from './model';
import { observe } from './observe';
import { estimateApply } from './plan/estimate';
import { plan as makePlan } from './plan/plan';
import { prepare, type PreparedRun } from './prepare';
import { createProgress } from './progress/progress';
import { renderApplyJson, renderPlan, renderReport, type OutputFormat } from './render/output';
import { applyExitCode, EXIT, nextStep, paceOf, policyOf, rateOf, takesLease } from './run-policy';
import { checkScopes, PLANNER_SCOPES, scopesToApply } from './tenant/scopes';
import { openManagementSession, type ManagementSession } from './tenant/session';
import { Auth0Tenant } from './tenant/tenant';

export { EXIT } from './run-policy';

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

type Say = (line: string) => void;

/** The tenant as a run uses it: the HTTP session, the adapter over it, and the managed connection. */
interface OpenTenant {
  session: ManagementSession;
  tenant: Auth0Tenant;
  connection: Connection;
}

export async function run(options: RunOptions): Promise<RunResult> {
  const say: Say = (line) => void options.stderr.write(`${line}\n`);
  const input = await prepare(options, say);
  if ('exitCode' in input) return input;
  let lease: HeldLease | undefined;
  try {
    const open = await openTenant(input, options, say);
    const policy = policyOf(input.config, { allowMassRemoval: options.allowMassRemoval, nowMs: options.clock.now() });
    const observeAndPlan = async (): Promise<Plan> => makePlan(input.desired, await observe(open.tenant, open.connection), policy);
    let thePlan = await observeAndPlan();
    if (takesLease(thePlan, options)) {
      await checkScopes(open.session, scopesToApply(thePlan));
      lease = await takeLease(open, input, options, say);
      // Another run may have changed the tenant between that observation and the lease: plan on a fresh one.
      thePlan = await observeAndPlan();
    }
    return await printAndApply(thePlan, { open, input, policy, lease, options, say });
  } catch (error) {
    say(`Error: ${error instanceof Error ? error.message : String(error)}`);
    if (!(error instanceof ConfigurationError) && debugFrom(options.env) && error instanceof Error && error.stack) say(error.stack);
    return { exitCode: EXIT.error };
  } finally {
    await releaseLease(lease, say);
  }
}

/** Opens the session, checks that it may read what a plan needs, and finds the managed connection. */
async function openTenant(input: PreparedRun, options: RunOptions, say: Say): Promise<OpenTenant> {
  const session = openManagementSession(credentialsFromEnv(options.env), {
    clock: options.clock,
    rate: rateOf(input.config),
    onRetry: ({ method, path: route, status, waitMs }) =>
      say(`retrying ${method} ${route} after ${status === 0 ? 'a dropped connection' : `HTTP ${status}`} in ${Math.round(waitMs)} ms`),
  });
  const tenant = new Auth0Tenant(session, options.clock, { requestsPerSecond: paceOf(rateOf(input.config)) });
  await checkScopes(session, PLANNER_SCOPES);
  return { session, tenant, connection: await tenant.findConnection(input.config.connection) };
}

/**
 * One applier per tenant (lease/protocol.ts), renewed in the background while the run applies; it lasts as long as
 * RECONCILE_LEASE_SECONDS says, else a time that follows the pace (lease/timing.ts).
 */
function takeLease({ tenant, connection }: OpenTenant, input: PreparedRun, options: RunOptions, say: Say): Promise<HeldLease> {
  const seconds = leaseSecondsFrom(options.env);
  return acquireLease(tenant.leasePort(connection.name), {
    holder: holderName(ciRunFrom(options.env)),
    ttlMs: seconds !== undefined ? seconds * 1000 : leaseTtlMs(paceOf(rateOf(input.config))),
    clock: options.clock,
    autoRenew: true,
    onWarning: say,
  });
}

interface ApplyContext {
  open: OpenTenant;
  input: PreparedRun;
  policy: Policy;
  lease: HeldLease | undefined;
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
  const report = await applyUnderLease(thePlan, context);
  // Release before reporting, so that the report counts every request of the run.
  await releaseLease(context.lease, context.say);
  report.requests = open.session.requests.total;
  write(jsonApply ? renderApplyJson(thePlan, report, shown) : renderReport(report, options));
  return { exitCode: applyExitCode(report), plan: thePlan, report };
}

/** The apply, with mail and progress, acting only while the lease is held. */
async function applyUnderLease(thePlan: Plan, { open, input, policy, lease, options }: ApplyContext): Promise<ApplyReport> {
  const mailer = createMailer({
    smtpUrl: mailFromEnv(options.env).smtpUrl,
    outboxDir: options.outbox,
    templates: input.templates,
    now: () => new Date(options.clock.now()).toISOString(),
  });
  try {
    return await apply(thePlan, {
      tenant: open.tenant,
      mailer,
      clock: options.clock,
      connection: open.connection,
      tickets: input.config.tickets,
      batching: input.config.batching,
      policy,
      progress: createProgress({ stream: options.stderr, isTTY: options.isTTY, now: () => options.clock.now() }),
      guard: lease ? () => lease.assertHeld() : undefined,
    });
  } finally {
    await mailer.close();
  }
}

/** Releasing is a courtesy to the next run: a lease that is not released expires by itself. Safe to repeat. */
async function releaseLease(lease: HeldLease | undefined, say: Say): Promise<void> {
  await lease?.release().catch((error: unknown) => say(`Warning: could not release the tenant lease (it expires by itself): ${error instanceof Error ? error.message : String(error)}`));
}

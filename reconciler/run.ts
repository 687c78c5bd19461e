// The imperative shell around the pure core: prepare (load and validate: no request before the input is known to
// be good) → observe → plan → preflight → [ask on a terminal] → apply under the tenant lease → print. The decisions
// are in run-policy.ts. A saved plan (--plan, saved-plan/) replaces observe and plan, and is checked against the
// files and the tenant instead. A stop (SIGINT, SIGTERM: `options.stop`) before the apply just ends the run; during
// the apply it is handed to apply(), which stops cleanly; either way the lease is released.
import { printableReply } from './escape';
import { apply } from './apply/apply';
import type { InvitationDelivery } from './apply/delivery/port';
import { emptyReport } from './apply/report';
import type { Clock } from './clock';
import { sayUnexpectedError } from './environment';
import type { HeldLease } from './lease/protocol';
import type { Mailer } from './mail/mailer';
import type { ApplyReport, Observed, ObservedAccess, Plan, Policy } from './model';
import { observe } from './observe';
import { estimateApply } from './plan/estimate';
import { openTenant, releaseLease, takeLease, type OpenTenant } from './open-tenant';
import { plan as makePlan } from './plan/plan';
import { checkTicketSettings, mailsAnyone } from './preflight';
import { prepareInput, prepareOrExit, type PreparedRun } from './prepare';
import { unknownNameErrors } from './plan/unknown-names';
import type { InputError } from './desired/errors';
import { createProgress } from './progress/progress';
import { renderApplyJson, renderPlan, renderReport, type OutputFormat } from './render/output';
import { renderInputErrors } from './render/input-errors';
import type { Confirm } from './process/confirm';
import { samePlan } from './plan/same-plan';
import { digestInputs } from './saved-plan/input-digest';
import { readSavedPlan, SAVED_PLAN_FORMAT, SAVED_PLAN_VERSION, writeSavedPlan, type SavedPlan } from './saved-plan/saved-plan';
import { StalePlanError } from './saved-plan/stale-plan-error';
import { staleInputs, staleUsers } from './saved-plan/staleness';
import { stopExitCode } from './process/stop-signals';
import { applyExitCode, EXIT, nextStep, policyOf, takesLease } from './run-policy';
import { checkScopes, scopesToApply } from './tenant/scopes';
import { auth0Delivery, mailsItself, readyMailer } from './run-mail';

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
  /** Asks before the first write (a terminal without --auto-approve); absent: apply without asking. */
  confirm?: Confirm;
  /** With dryRun: save the plan to this file (saved-plan/). */
  out?: string;
  /** Apply this saved plan exactly, or refuse it when anything it relied on changed. */
  plan?: string;
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
  const input = await checkedInput(options, say);
  if ('exitCode' in input) return input;
  const { stop } = options;
  let lease: HeldLease | undefined;
  let mailer: Mailer | undefined;
  try {
    // A saved plan is checked against the files before the first request.
    const saved = options.plan === undefined ? undefined : await savedPlanFor(options.plan, input, options);
    const open = await beforeStop(openTenant(input.config, options, say), stop);
    const policy = policyOf(input.config, { allowMassRemoval: options.allowMassRemoval, nowMs: options.clock.now() });
    const observeOnce = observer(open, input, stop);
    const observeAndPlan = async (): Promise<Plan> => makePlan(input.desired, await observeOnce(), policy);
    let thePlan = saved ? saved.plan : await observeAndPlan();
    let shown = false;
    if (takesLease(thePlan, options)) {
      await checkScopes(open.session, scopesToApply(thePlan));
      // Mail is checked before the first write (the lease is one): a broken SMTP_URL costs no ticket and one login.
      if (mailsAnyone(thePlan) && mailsItself(input)) mailer = await beforeStop(readyMailer(input, options), stop);
      // A stale saved plan is refused before any write; it is checked again under the lease.
      if (saved) assertFresh(saved, await observeOnce());
      // The question comes before the lease: a person may take minutes to answer, and the lease would block others.
      if (options.confirm && !saved) {
        // In JSON, stdout stays one document (the apply's, at the end): the plan to approve goes to the terminal.
        (options.format === 'json' ? options.stderr : options.stdout).write(renderPlan(thePlan, shownOptions(thePlan, input, options)));
        shown = options.format !== 'json';
        if (!(await options.confirm(stop))) {
          if (stop?.aborted) throw new StoppedBeforeApply();
          say('Apply cancelled: nothing was changed.');
          return { exitCode: EXIT.error, plan: thePlan };
        }
      }
      lease = await takeLease(open, input.config, options, say);
      if (stop?.aborted) throw new StoppedBeforeApply();
      // Another run may have changed the tenant between that observation and the lease: look again, under the
      // lease. A saved plan or a plan shown for approval must still hold; any other plan is simply made again.
      const fresh = await observeOnce();
      if (saved) assertFresh(saved, fresh);
      else {
        const replanned = makePlan(input.desired, fresh, policy);
        if (shown && !samePlan(thePlan, replanned)) {
          throw new StalePlanError(['the plan made under the lease differs from the one shown above (another run or a person changed the tenant meanwhile)']);
        }
        thePlan = replanned;
      }
      if (mailsAnyone(thePlan) && mailsItself(input)) {
        mailer ??= await beforeStop(readyMailer(input, options), stop);
        await checkTicketSettings(open.tenant, { connection: open.connection, tickets: input.config.tickets });
      }
    }
    return await printAndApply(thePlan, { open, input, policy, lease, mailer, options, say, shown });
  } catch (error) {
    if (error instanceof UnknownNames) return inputErrorsExit(error.errors, options, say, 'nothing was changed in the tenant');
    if (error instanceof StalePlanError) {
      for (const change of error.changes) say(`  - ${change}`);
      say(`Error: ${printableReply(error.message)}`);
      return { exitCode: EXIT.error };
    }
    if (error instanceof StoppedBeforeApply) {
      say(`Stopped by ${String(stop?.reason)} before applying: nothing was changed.`);
      return { exitCode: stopExitCode(stop) };
    }
    // Messages may quote a server's reply: credentials removed, nothing unprintable (escape.ts).
    sayUnexpectedError(error, options.env, say);
    return { exitCode: EXIT.error };
  } finally {
    await releaseLease(lease, say);
    await mailer?.close();
  }
}

/** The run's input, or the exit of a run with bad input: the errors printed in the asked format. */
async function checkedInput(options: RunOptions, say: Say): Promise<PreparedRun | RunResult> {
  if (options.format === 'text') return prepareOrExit(options, say);
  const prepared = await prepareInput(options, say);
  if ('exitCode' in prepared) return prepared;
  return prepared.ok ? prepared.input : inputErrorsExit(prepared.errors, options, say);
}

/** Bad input, printed in the asked format (markdown and JSON on stdout, for the pull-request comment). */
function inputErrorsExit(errors: InputError[], options: RunOptions, say: Say, outcome?: string): RunResult {
  const shown = renderInputErrors(errors, options.format, { maskEmails: options.maskEmails, outcome });
  if (shown.stream === 'stdout') options.stdout.write(shown.text);
  else for (const line of shown.text.trimEnd().split('\n')) say(line);
  return { exitCode: EXIT.error };
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

/**
 * Observes the tenant, each time it is called; roles and organizations are looked up once per run, and a name the
 * tenant does not know is an input error.
 */
function observer(open: OpenTenant, input: PreparedRun, stop: AbortSignal | undefined): () => Promise<Observed> {
  let known: ObservedAccess | undefined;
  return async () => {
    const observed = await beforeStop(observe(open.tenant, open.connection, { port: open.access, desired: input.desired, known }), stop);
    known = observed.access;
    const unknown = unknownNameErrors(input.desired.references ?? [], observed.access, {
      roles: input.config.roles.map((r) => r.name),
      organizations: input.config.organizations.map((o) => o.name),
    });
    if (unknown.length > 0) throw new UnknownNames(unknown);
    return observed;
  };
}

/** The options the plan is rendered with: the format, masking, and what its apply will cost. */
function shownOptions(thePlan: Plan, input: PreparedRun, options: RunOptions) {
  return { format: options.format, maskEmails: options.maskEmails, estimate: estimateApply(thePlan, input.config) };
}

/** The saved plan, once its files are known to be those it was made from. */
async function savedPlanFor(file: string, input: PreparedRun, options: RunOptions): Promise<SavedPlan> {
  const saved = await readSavedPlan(file);
  const changed = staleInputs(saved, await digestInputs(options, input.config));
  if (changed.length > 0) throw new StalePlanError(changed);
  return saved;
}

/** A saved plan whose users are still as it saw them. */
function assertFresh(saved: SavedPlan, observed: Observed): void {
  const changed = staleUsers(saved.plan, observed);
  if (changed.length > 0) throw new StalePlanError(changed);
}

interface ApplyContext {
  open: OpenTenant;
  input: PreparedRun;
  policy: Policy;
  lease: HeldLease | undefined;
  mailer: Mailer | undefined;
  options: RunOptions;
  say: Say;
  /** The plan was printed already, before the question. */
  shown: boolean;
}

/**
 * Prints the plan, then stops (dry run, refusal, nothing to do) or applies it and prints what became of it. An
 * apply in JSON prints one document at the end (plan and report together); other formats print the plan first.
 */
async function printAndApply(thePlan: Plan, context: ApplyContext): Promise<RunResult> {
  const { options, open } = context;
  const jsonApply = options.format === 'json' && !options.dryRun;
  const write = (text: string): void => void options.stdout.write(text);
  const shown = shownOptions(thePlan, context.input, options);
  if (!jsonApply && !context.shown) write(renderPlan(thePlan, shown));
  const step = nextStep(thePlan, options);
  switch (step.kind) {
    case 'dry-run':
      if (options.out !== undefined) await saveDryRun(options.out, thePlan, context);
      if (thePlan.refusal) context.say(`Error: ${thePlan.refusal}`);
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

async function saveDryRun(file: string, thePlan: Plan, { input, options, open, policy, say }: ApplyContext): Promise<void> {
  const inputs = await digestInputs(options, input.config);
  await writeSavedPlan(file, { format: SAVED_PLAN_FORMAT, version: SAVED_PLAN_VERSION, planned_at: policy.now, connection: open.connection, inputs, plan: thePlan });
  say(`Saved the plan to ${file}: apply it with reconcile --plan ${file}`);
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

// `reconcile status`: load and validate the input, observe the tenant once (read-only, as a dry run does), and
// print where every invitation stands. Writes nothing to the tenant, sends no mail, takes no lease.
import type { Clock } from '../clock';
import { ConfigurationError, debugFrom } from '../environment';
import { observe } from '../observe';
import { openTenant } from '../open-tenant';
import { prepareOrExit } from '../prepare';
import { renderStatus, type StatusFormat } from '../render/output';
import { EXIT } from '../run-policy';
import type { InviteeState, Status } from './model';
import { statusOf } from './status';

export interface StatusRunOptions {
  invitees: string;
  config: string;
  format: StatusFormat;
  maskEmails: boolean;
  /** List the open links that stop working within this many days. */
  expiringWithinDays: number;
  files: string[];
  states: InviteeState[];
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  clock: Clock;
}

export async function runStatus(options: StatusRunOptions): Promise<{ exitCode: number; status?: Status }> {
  const say = (line: string): void => void options.stderr.write(`${line}\n`);
  const input = await prepareOrExit(options, say);
  if ('exitCode' in input) return input;
  try {
    const open = await openTenant(input.config, options, say);
    const observed = await observe(open.tenant, open.connection);
    const status = statusOf(input.desired, observed, {
      now: new Date(options.clock.now()).toISOString(),
      expiringWithinDays: options.expiringWithinDays,
      filter: { files: options.files, states: options.states },
    });
    options.stdout.write(renderStatus(status, options));
    return { exitCode: EXIT.ok, status };
  } catch (error) {
    say(`Error: ${error instanceof Error ? error.message : String(error)}`);
    if (!(error instanceof ConfigurationError) && debugFrom(options.env) && error instanceof Error && error.stack) say(error.stack);
    return { exitCode: EXIT.error };
  }
}

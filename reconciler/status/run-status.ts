// `reconcile status`: load and validate the input, observe the tenant once (read-only, as a dry run does), and
// print where every invitation stands. Writes nothing to the tenant, sends no mail, takes no lease.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../clock';
import { sayUnexpectedError } from '../environment';
import { observe } from '../observe';
import { openTenant } from '../open-tenant';
import { prepareOrExit } from '../prepare';
import { STATUS_FORMATS } from '../render/formats';
import { renderStatus, type StatusFormat } from '../render/output';
import { printable } from '../render/safe-text';
import { EXIT } from '../run-policy';
import type { InviteeState, Status } from './model';
import { statusOf } from './status';

export interface StatusRunOptions {
  invitees: string;
  config: string;
  format: StatusFormat;
  /** Also write the status in every format here (status.txt, .md, .json, .csv, .html), from the one observation. */
  out?: string;
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
    if (options.out !== undefined) await writeEveryFormat(status, options.out, options.maskEmails, say);
    options.stdout.write(renderStatus(status, options));
    return { exitCode: EXIT.ok, status };
  } catch (error) {
    sayUnexpectedError(error, options.env, say);
    return { exitCode: EXIT.error };
  }
}

/** File extension of each format's file under `--out`. */
const EXTENSIONS: Record<StatusFormat, string> = { text: 'txt', markdown: 'md', json: 'json', csv: 'csv', html: 'html' };

/** One observation, every format: a scheduled job that wants three formats reads the tenant once, not three times. */
async function writeEveryFormat(status: Status, dir: string, maskEmails: boolean, say: (line: string) => void): Promise<void> {
  const names = STATUS_FORMATS.map((format) => `status.${EXTENSIONS[format]}`);
  try {
    await mkdir(dir, { recursive: true });
    for (const format of STATUS_FORMATS) await writeFile(path.join(dir, `status.${EXTENSIONS[format]}`), renderStatus(status, { format, maskEmails }));
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    throw new Error(`cannot write the status to ${printable(dir)} (--out): ${code}`);
  }
  say(`Wrote the status to ${printable(dir)} (${names.join(', ')}).`);
}

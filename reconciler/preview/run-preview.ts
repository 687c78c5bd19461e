// `reconcile preview`: the invitation mail for a declared invitee, rendered offline (no credentials, no network)
// with a placeholder link, to stdout or as files in a folder (the pull-request workflow attaches those).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../clock';
import { normalizeEmail, type Invitee, type MailingKind } from '../model';
import { sayUnexpectedError } from '../environment';
import { prepareOrExit } from '../prepare';
import { printable } from '../render/safe-text';
import { EXIT } from '../run-policy';
import { previewAuth0Invitation, previewFiles, previewInvitation, previewText, type MailPreview } from './preview';

export interface PreviewRunOptions {
  invitees: string;
  config: string;
  /** Whose mail; default the first declared invitee (by email), or a sample person when nobody is declared. */
  invitee?: string;
  kind: MailingKind;
  /** Write subject.txt, invitation.txt and invitation.html here instead of printing. */
  out?: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  clock: Clock;
}

const SAMPLE: Pick<Invitee, 'email' | 'profile'> = { email: 'ada@example.com', profile: { name: 'Ada Lovelace' } };

export async function runPreview(options: PreviewRunOptions): Promise<{ exitCode: number; preview?: MailPreview }> {
  const say = (line: string): void => void options.stderr.write(`${line}\n`);
  const input = await prepareOrExit(options, say);
  if ('exitCode' in input) return input;
  const invitees = input.desired.invitees;
  let invitee: Pick<Invitee, 'email' | 'profile'> & Partial<Pick<Invitee, 'user_metadata' | 'app_metadata'>> | undefined = invitees[0] ?? SAMPLE;
  if (options.invitee !== undefined) {
    const wanted = normalizeEmail(options.invitee);
    invitee = invitees.find((candidate) => candidate.email === wanted);
    if (!invitee) {
      say(`Error: ${printable(options.invitee)} is not declared in ${printable(options.invitees)}.`);
      return { exitCode: EXIT.error };
    }
  }
  try {
    const preview =
      input.config.mail.delivery === 'auth0'
        ? await previewAuth0Invitation(input.config, path.dirname(path.resolve(options.config)), invitee)
        : previewInvitation(input.templates, invitee, {
            now: new Date(options.clock.now()).toISOString(),
            ttlSeconds: input.config.tickets.ttl_seconds,
            kind: options.kind,
          });
    if (options.out === undefined) {
      options.stdout.write(previewText(preview));
    } else {
      await mkdir(options.out, { recursive: true });
      const files = previewFiles(preview);
      for (const [name, content] of Object.entries(files)) await writeFile(path.join(options.out, name), content);
      say(`Wrote the invitation mail for ${printable(invitee.email)} to ${printable(options.out)} (${Object.keys(files).join(', ')}).`);
    }
    return { exitCode: EXIT.ok, preview };
  } catch (error) {
    sayUnexpectedError(error, options.env, say);
    return { exitCode: EXIT.error };
  }
}

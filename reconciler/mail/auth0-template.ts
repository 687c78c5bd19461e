// `mail.delivery: auth0`: the Change Password template the stack deploys (`mail.auth0_template`,
// `mail.auth0_subject`) is checked before the first request, as the reconciler's own templates are: it parses as
// Liquid, carries Auth0's link (`{{ url }}`), and reads differently for an invited user (the marker
// app_metadata.invitation.awaiting_password) than for a real password reset. Auth0 renders it, not this code:
// unknown variables stay empty there, so they are allowed here.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Liquid } from 'liquidjs';
import type { InvitationConfig } from '../config';
import { INVITATION_KEY } from '../model';

const engine = new Liquid({ ownPropertyOnly: true });
const PROBE_URL = 'https://tenant.invalid/u/reset-password?ticket=PROBE0000000000000000000000000#';

function probeUser(invited: boolean): Record<string, unknown> {
  const invitation = invited ? { status: 'invited', awaiting_password: true } : { status: 'invited' };
  return { url: PROBE_URL, user: { email: 'probe@example.com', name: 'Probe', app_metadata: { [INVITATION_KEY]: invitation }, user_metadata: {} }, application: { name: 'Probe app' } };
}

/** What Auth0 gives its Change Password template: the user, the application and the link. */
export interface Auth0TemplateData {
  url: string;
  user: { email: string; name?: string; user_metadata: Record<string, unknown>; app_metadata: Record<string, unknown> };
  application: { name: string };
}

/** The subject and body Auth0 would render from the deployed template for `data` (for `reconcile preview`). */
export async function renderAuth0Mail(config: InvitationConfig, configDir: string, data: Auth0TemplateData): Promise<{ subject: string; html: string }> {
  const file = path.resolve(configDir, config.mail.auth0_template);
  const source = await readTemplate(file);
  return {
    subject: String(await engine.parseAndRender(config.mail.auth0_subject, data)),
    html: String(await engine.parseAndRender(source, data)),
  };
}

async function readTemplate(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`mail.auth0_template: cannot read ${file}: ${(error as Error).message}`);
  }
}

export async function checkAuth0Template(config: InvitationConfig, configDir: string): Promise<void> {
  const file = path.resolve(configDir, config.mail.auth0_template);
  const source = await readTemplate(file);
  const render = (what: string, text: string, invited: boolean): string => {
    try {
      return String(engine.parseAndRenderSync(text, probeUser(invited)));
    } catch (error) {
      throw new Error(`${what}: ${(error as Error).message}`);
    }
  };
  const body = { invited: render(`mail template ${file}`, source, true), reset: render(`mail template ${file}`, source, false) };
  const subject = { invited: render('mail.auth0_subject', config.mail.auth0_subject, true), reset: render('mail.auth0_subject', config.mail.auth0_subject, false) };
  if (!body.invited.includes(PROBE_URL) || !body.reset.includes(PROBE_URL)) {
    throw new Error(`mail template ${file}: does not output {{ url }} (Auth0's link) for both an invitation and a reset`);
  }
  if (body.invited === body.reset && subject.invited === subject.reset) {
    throw new Error(
      `mail template ${file}: reads the same for an invited user and a password reset; branch on user.app_metadata.${INVITATION_KEY}.awaiting_password`,
    );
  }
}

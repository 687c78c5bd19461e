// The Change Password template of `mail.delivery: auth0` is checked before a run: it parses, carries Auth0's link,
// and tells an invitation from a reset.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkAuth0Template } from '../../reconciler/mail/auth0-template';
import { PROJECT_FIXTURE } from '../support/paths';
import { shippedDefaults } from '../support/config';

let folder: string | undefined;
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

/** The check's outcome for this template body (and subject), as a settled result. */
async function withTemplate(body: string, subject?: string): Promise<{ error?: Error }> {
  folder ??= await mkdtemp(path.join(tmpdir(), 'auth0-template-'));
  await writeFile(path.join(folder, 'reset.liquid'), body);
  const config = shippedDefaults();
  return checkAuth0Template({ ...config, mail: { ...config.mail, auth0_template: 'reset.liquid', ...(subject ? { auth0_subject: subject } : {}) } }, folder).then(
    () => ({}),
    (error: Error) => ({ error }),
  );
}

describe('the Change Password template', () => {
  it('accepts the shipped one', async () => {
    await expect(checkAuth0Template(shippedDefaults(), PROJECT_FIXTURE)).resolves.toBeUndefined();
  });

  it('refuses one without the link, one that reads the same for both, a syntax error and a missing file', async () => {
    expect((await withTemplate('{% if user.app_metadata.invitation.awaiting_password %}Hi{% endif %}')).error?.message).toMatch(/does not output \{\{ url \}\}/);
    expect((await withTemplate('<a href="{{ url }}">go</a>', 'Hello')).error?.message).toMatch(/reads the same for an invited user and a password reset/);
    expect((await withTemplate('{% if %}{{ url }}')).error?.message).toMatch(/reset\.liquid/);
    const config = shippedDefaults();
    await expect(checkAuth0Template({ ...config, mail: { ...config.mail, auth0_template: 'nope.liquid' } }, PROJECT_FIXTURE)).rejects.toThrow(/^mail.auth0_template: cannot read/);
  });
});

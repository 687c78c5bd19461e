// The scripts of the workflows that talk to GitHub, run against a fake GitHub: the scheduled status job's one
// drift issue per tenant, and the plan comment's pointer to the mail preview.
import { describe, expect, it } from 'vitest';
import { renderStatus } from '../../reconciler/render/output';
import { statusOf } from '../../reconciler/status/status';
import { invitee, NOW, observed, user } from '../support/model';
import { sampleStatus } from '../status/sample-status';
import { FakeGitHub, githubScript, runGithubScript, type Issue } from './github-script';

const driftScript = githubScript('status.yml', 'drift-issue');
const MARKER = '<!-- reconcile-status-drift:production -->';
const env = { TENANT: 'production' };

const withDrift = renderStatus(sampleStatus(), { format: 'json', maskEmails: true });
const noDrift = renderStatus(statusOf({ invitees: [invitee('ada@example.com')] }, observed(user('ada@example.com')), { now: NOW, expiringWithinDays: 3 }), { format: 'json', maskEmails: true });
const ours = (number: number, state: Issue['state'] = 'open'): Issue => ({ number, body: `${MARKER}\nold`, state, user: { type: 'Bot' } });

const writes = (github: FakeGitHub) => github.calls.filter((call) => call.method !== 'issues.listForRepo');

describe('the drift issue of the status workflow', () => {
  it('is opened once, listing the undeclared, the blocked and the expiring, escaped', async () => {
    const github = new FakeGitHub([{ number: 1, body: `${MARKER}\nwritten by a person`, state: 'open', user: { type: 'User' } }]);
    await runGithubScript(driftScript, github, { files: { 'status.json': withDrift }, env });
    expect(writes(github).map((call) => call.method)).toEqual(['issues.create']);
    const body = String(writes(github)[0]?.params.body);
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('#### Users in the connection that no invitee file declares (1)\n\n- s\\*\\*\\*\\@e\\*\\*\\*\\.com');
    expect(body).toContain('#### Declared users blocked by hand (1)\n\n- h\\*\\*\\*\\@e\\*\\*\\*\\.com');
    expect(body).toContain('#### Links that expire within 3 days (1)\n\n- c\\*\\*\\*\\@e\\*\\*\\*\\.com');
    expect(body).toContain('https://github.com/acme/people/actions/runs/42');
    expect(writes(github)[0]?.params.title).toBe('Invitation drift on production');
  });

  it('is updated, not opened again, by the next run', async () => {
    const github = new FakeGitHub([ours(3)]);
    await runGithubScript(driftScript, github, { files: { 'status.json': withDrift }, env });
    expect(writes(github).map((call) => [call.method, call.params.issue_number, call.params.state])).toEqual([['issues.update', 3, undefined]]);
    expect(github.issues[0]?.body).toContain('Declared users blocked by hand (1)');
  });

  it('is closed when the drift is gone, and not opened when there is none', async () => {
    const github = new FakeGitHub([ours(3)]);
    await runGithubScript(driftScript, github, { files: { 'status.json': noDrift }, env });
    expect(writes(github).map((call) => [call.method, call.params.state])).toEqual([['issues.update', 'closed']]);
    expect(github.issues[0]?.body).toContain('No drift');
    const quiet = new FakeGitHub([ours(3, 'closed')]);
    await runGithubScript(driftScript, quiet, { files: { 'status.json': noDrift }, env });
    expect(writes(quiet)).toEqual([]);
  });

  it('escapes addresses that would format, link or mention', async () => {
    const hostile = renderStatus(statusOf({ invitees: [] }, observed(user('[x](https://evil.example)@y.io'), user('`@team`@y.io')), { now: NOW, expiringWithinDays: 3 }), { format: 'json', maskEmails: false });
    const github = new FakeGitHub();
    await runGithubScript(driftScript, github, { files: { 'status.json': hostile }, env });
    const body = String(writes(github)[0]?.params.body);
    expect(body).toContain('- \\[x\\]\\(https://evil\\.example\\)\\@y\\.io');
    expect(body).toContain('- \\`\\@team\\`\\@y\\.io');
  });
});

describe('the plan comment of the pull-request workflow', () => {
  const commentScript = githubScript('pull-request.yml', 'comment');

  it('points to the mail preview only when the mail changed', async () => {
    for (const changed of ['true', 'false']) {
      const github = new FakeGitHub();
      await runGithubScript(commentScript, github, { files: { 'reconcile-plan-production.md': 'Plan: 1 to invite.\n' }, env: { VALID: 'true', MAIL_CHANGED: changed } });
      const [call] = writes(github).filter((c) => c.method === 'issues.createComment');
      const body = String(call?.params.body);
      expect(body).toContain('Plan: 1 to invite.');
      expect(body.includes('artifact `mail-preview` of [this run](https://github.com/acme/people/actions/runs/42)')).toBe(changed === 'true');
    }
  });
});

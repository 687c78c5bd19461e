// The JSON output against the documented JSON Schema (docs/json-output.schema.json), for fixed and random plans.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from '../../reconciler/plan/plan';
import { renderPlanJson } from '../../reconciler/render/plan-json';
import { renderReportJson } from '../../reconciler/render/report-json';
import { desiredArb, observedArb, policyArb } from '../support/arbitraries';
import { emptyPlan, samplePlan, sampleReport } from './sample';

const schema = JSON.parse(readFileSync(new URL('../../docs/json-output.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
const valid = (json: string) => {
  const ok = validate(JSON.parse(json));
  return ok ? true : validate.errors;
};

describe('docs/json-output.md', () => {
  it('its plan example is valid under the schema (held, held_reason, findings, a removal)', () => {
    const doc = readFileSync(new URL('../../docs/json-output.md', import.meta.url), 'utf8');
    const example = /## Plan\n\n```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    expect(valid(example!)).toBe(true);
  });
});

describe('renderPlanJson', () => {
  it('matches the documented example exactly', () => {
    expect(JSON.parse(renderPlanJson(samplePlan()))).toEqual({
      schema_version: 1,
      type: 'plan',
      emails_masked: false,
      summary: { invite: 1, resume: 1, reinvite: 1, update: 1, adopt: 1, revoke: 1, held: 1, unchanged: 1, unmanaged: 2 },
      estimate: null,
      delivery: null,
      refusal: null,
      findings: [
        {
          kind: 'unloaded-file',
          file: 'invitees/notes.txt',
          email: null,
          message: 'not read: only *.yaml and *.yml files that are not hidden declare invitees (rename it, or move it out of the folder)',
        },
        {
          kind: 'unreadable-bookkeeping',
          file: null,
          email: 'stranger@example.com',
          message: 'app_metadata.invitation cannot be read (it is a string, not an object): it is not declared, so it is left alone as unmanaged',
        },
      ],
      actions: [
        { action: 'invite', email: 'ada@example.com', source: { file: 'invitees/engineering.yaml', line: 6, column: 5 }, revoke_mode: null, held_reason: null, changes: [], grants: [] },
        { action: 'resume', email: 'bea@example.com', source: { file: 'invitees/engineering.yaml', line: 12, column: 5 }, revoke_mode: null, held_reason: null, changes: [], grants: [] },
        { action: 'reinvite', email: 'cy@example.com', source: { file: 'invitees/design.yaml', line: 4, column: 5 }, revoke_mode: null, held_reason: null, changes: [], grants: [] },
        {
          action: 'update',
          email: 'dieter@example.com',
          source: { file: 'invitees/design.yaml', line: 6, column: 5 },
          revoke_mode: null,
          held_reason: null,
          changes: [
            { field: 'user_metadata.locale', op: 'add', to: 'de-DE' },
            { field: 'user_metadata.old', op: 'remove', from: 'x|y' },
            { field: 'app_metadata.contact', op: 'add', to: 'dieter.rams@braun.de' },
            { field: 'app_metadata.team', op: 'change', from: 'design', to: 'engineering' },
            { field: 'blocked', op: 'change', from: true, to: false },
          ],
          grants: [],
        },
        { action: 'adopt', email: 'eve@example.com', source: { file: 'invitees/design.yaml', line: 9, column: 5 }, revoke_mode: null, held_reason: null, changes: [], grants: [] },
        { action: 'held', email: 'gus@example.com', source: { file: 'invitees/design.yaml', line: 13, column: 5 }, revoke_mode: null, held_reason: 'blocked', changes: [], grants: [] },
        { action: 'revoke', email: 'old@example.com', source: null, revoke_mode: 'block', held_reason: null, changes: [], grants: [] },
        { action: 'unchanged', email: 'fay@example.com', source: { file: 'invitees/design.yaml', line: 11, column: 5 }, revoke_mode: null, held_reason: null, changes: [], grants: [] },
      ].sort((a, b) => (a.email < b.email ? -1 : 1)),
    });
  });

  it('is pretty-printed with a fixed key order and a final newline', () => {
    const json = renderPlanJson(emptyPlan());
    expect(json).toBe(
      '{\n  "schema_version": 1,\n  "type": "plan",\n  "emails_masked": false,\n  "summary": {\n    "invite": 0,\n    "resume": 0,\n' +
        '    "reinvite": 0,\n    "update": 0,\n    "adopt": 0,\n    "revoke": 0,\n    "held": 0,\n    "unchanged": 0,\n    "unmanaged": 0\n  },\n' +
        '  "estimate": null,\n  "delivery": null,\n  "refusal": null,\n  "actions": [],\n  "findings": []\n}\n',
    );
  });

  it('masks addresses at any depth of a value and says so', () => {
    const out = JSON.parse(renderPlanJson(samplePlan(), { maskEmails: true })) as { emails_masked: boolean; actions: { email: string }[] };
    expect(out.emails_masked).toBe(true);
    expect(out.actions.map((a) => a.email)).toContain('d***@e***.com');
    const text = JSON.stringify(out);
    expect(text).toContain('"to":"d***@b***.de"');
    expect(text).not.toMatch(/example\.com|braun/);
  });

  it('states the estimate of the apply when given: requests, whole seconds, the pace', () => {
    const json = renderPlanJson(samplePlan(), { estimate: { requests: 2018, durationMs: 1_614_400, requestsPerSecond: 1.25 } });
    expect(JSON.parse(json)).toMatchObject({ estimate: { requests: 2018, duration_seconds: 1614, requests_per_second: 1.25, change_password_requests: null } });
    expect(valid(json)).toBe(true);
  });

  it('says who sends the invitations, and with Auth0\'s own email how many change-password requests that takes', () => {
    const auth0 = { ...samplePlan(), delivery: 'auth0' as const };
    const json = renderPlanJson(auth0, { estimate: { requests: 16, durationMs: 160_000, requestsPerSecond: 8, changePasswords: { requests: 2000, requestsPerSecond: 12.5 } } });
    expect(JSON.parse(json)).toMatchObject({ delivery: 'auth0', estimate: { requests: 16, duration_seconds: 160, change_password_requests: 2000 } });
    expect(valid(json)).toBe(true);
    const report = renderReportJson({ ...sampleReport, delivery: { name: 'auth0', changePasswordRequests: 3 } });
    expect(JSON.parse(report)).toMatchObject({ delivery: { name: 'auth0', change_password_requests: 3 } });
    expect(valid(report)).toBe(true);
  });

  it('validates against the schema: fixed plans, refused, masked', () => {
    expect(valid(renderPlanJson(samplePlan()))).toBe(true);
    expect(valid(renderPlanJson(samplePlan({ maxRemovalFraction: 0 }), { maskEmails: true }))).toBe(true);
    expect(valid(renderPlanJson(emptyPlan()))).toBe(true);
  });

  it('validates against the schema: random plans', () => {
    fc.assert(
      fc.property(desiredArb, observedArb, policyArb, fc.boolean(), (desired, observed, policy, maskEmails) => {
        expect(valid(renderPlanJson(plan(desired, observed, policy), { maskEmails }))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('the schema rejects what it should (so the validation above means something)', () => {
    const good = JSON.parse(renderPlanJson(samplePlan())) as Record<string, unknown>;
    expect(validate({ ...good, schema_version: 2 })).toBe(false);
    expect(validate({ ...good, refusal: undefined })).toBe(false);
    expect(validate({ ...good, estimate: undefined })).toBe(false);
    expect(validate({ ...good, estimate: { requests: -1, duration_seconds: 0, requests_per_second: 8 } })).toBe(false);
    const badChange = structuredClone(good) as { actions: { changes: unknown[] }[] };
    badChange.actions.find((a) => a.changes.length > 0)!.changes[0] = { field: 'user_metadata.x', op: 'add', from: 1, to: 2 };
    expect(validate(badChange)).toBe(false);
  });
});

describe('renderReportJson', () => {
  it('renders counts, failures sorted with nulls for missing values, messages made safe', () => {
    const json = renderReportJson(sampleReport);
    expect(JSON.parse(json)).toEqual({
      schema_version: 1,
      type: 'report',
      emails_masked: false,
      summary: { invited: 2, resumed: 1, reinvited: 0, updated: 1, adopted: 0, revoked: 0, failed: 3, not_started: 0 },
      requests: 31,
      delivery: null,
      duration_ms: 4213,
      failures: [
        {
          email: 'ada@example.com',
          source: { file: 'invitees/engineering.yaml', line: 6, column: 5 },
          action: 'invite',
          stage: 'mail',
          code: null,
          job_id: null,
          message: 'SMTP 550 rejected; link was [link removed]',
        },
        {
          email: 'grace@example.com',
          source: { file: 'invitees/engineering.yaml', line: 11, column: 5 },
          action: 'invite',
          stage: 'import',
          code: 'DUPLICATED_USER',
          job_id: 'job_abc123',
          message: 'The user already exist and upsert parameter is false',
        },
        { email: 'old@example.com', source: null, action: 'revoke', stage: 'revoke', code: 'inexistent_user', job_id: null, message: 'The user does not exist.' },
      ],
      stopped: null,
    });
    expect(json).not.toContain('SECRET');
    expect(valid(json)).toBe(true);
    expect(valid(renderReportJson(sampleReport, { maskEmails: true }))).toBe(true);
    expect(valid(renderReportJson({ ...sampleReport, failures: [] }))).toBe(true);
  });

  it('says when and why the apply stopped early, and how much was not started', () => {
    const stopped = { ...sampleReport, notStarted: 40, stopped: { reason: 'signal' as const, message: 'stopped by SIGINT' } };
    const json = JSON.parse(renderReportJson(stopped)) as { summary: { not_started: number }; stopped: unknown };
    expect(json.summary.not_started).toBe(40);
    expect(json.stopped).toEqual({ reason: 'signal', message: 'stopped by SIGINT' });
    expect(valid(renderReportJson(stopped))).toBe(true);
  });
});

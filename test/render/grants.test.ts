// Grant changes (roles, memberships, member roles) in every plan format, valid against the JSON schema.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import type { Plan } from '../../reconciler/model';
import { renderPlanJson } from '../../reconciler/render/plan-json';
import { renderPlanMarkdown } from '../../reconciler/render/plan-markdown';
import { renderPlanText } from '../../reconciler/render/plan-text';
import { samplePlan } from './sample';

function withGrants(): Plan {
  const plan = samplePlan();
  const actions = plan.actions.map((action) => {
    if (action.kind === 'update') {
      return {
        ...action,
        grants: {
          changes: [
            { op: 'add', kind: 'role', role: 'editor' },
            { op: 'remove', kind: 'membership', organization: 'globex' },
            { op: 'add', kind: 'organization_role', organization: 'acme', role: 'billing admin' },
          ],
          record: { roles: ['editor'] },
        },
      } as typeof action;
    }
    if (action.kind === 'invite') return { ...action, grants: { changes: [{ op: 'add', kind: 'membership', organization: 'acme' }], record: { organizations: ['acme'] } } } as typeof action;
    return action;
  });
  return { ...plan, actions };
}

describe('grant changes in the plan', () => {
  it('text: one line per grant under its invitee, names quoted when not plain', () => {
    const text = renderPlanText(withGrants());
    expect(text).toContain('      + role editor\n      - organization globex\n      + organization acme role "billing admin"\n');
    expect(text).toMatch(/\+ invite {3}ada@example\.com \(invitees\/engineering\.yaml:6\)\n {6}\+ organization acme\n/);
  });

  it('markdown: in the changes cell', () => {
    expect(renderPlanMarkdown(withGrants())).toContain('+ role editor<br>- organization globex<br>+ organization acme role "billing admin"');
  });

  it('json: a grants list on every action, valid against docs/json-output.schema.json', () => {
    const json = JSON.parse(renderPlanJson(withGrants())) as { actions: { email: string; grants: unknown[] }[] };
    expect(json.actions.find((a) => a.email === 'dieter@example.com')?.grants).toEqual([
      { op: 'add', kind: 'role', role: 'editor' },
      { op: 'remove', kind: 'membership', organization: 'globex' },
      { op: 'add', kind: 'organization_role', organization: 'acme', role: 'billing admin' },
    ]);
    const schema = JSON.parse(readFileSync('docs/json-output.schema.json', 'utf8')) as Record<string, unknown>;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('names from the files are printed safely', () => {
  it('quotes a name with spaces and escapes a bidirectional override', () => {
    const plan = withGrants();
    const update = plan.actions.find((a) => a.kind === 'update');
    if (update?.kind !== 'update') throw new Error('no update');
    update.grants = { changes: [{ op: 'add', kind: 'role', role: 'admin\u202Egnp.exe' }], record: undefined };
    const text = renderPlanText(plan);
    expect(text).toContain('+ role "admin\\u202egnp.exe"');
    expect(text).not.toContain('\u202E');
  });
});

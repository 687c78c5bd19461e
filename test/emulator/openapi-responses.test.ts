// Every endpoint the emulator has, one sample request each, its answer held against the response schema of
// Auth0's OpenAPI documents (openapi-check.ts). To cover a new endpoint (roles, organizations, email templates,
// the Authentication API's /dbconnections/change_password), add a row to SAMPLES: the OAS operation, the
// request, and the status whose schema applies; `given` names what the request refers to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/index';
import { accessToken, api, startTestEmulator, usersFile } from './helpers';
import { expectComponentValid, expectOasValid, type OasDocument } from './openapi-check';

/** What sample requests can refer to; made once before the samples run. */
interface Given {
  connectionId: string;
  userId: string;
  userEmail: string;
  importJobId: string;
  exportJobId: string;
  clientId: string;
  clientSecret: string;
  roleId: string;
  organizationId: string;
}

interface Sample {
  /** `METHOD /path` as the OAS writes it. */
  operation: string;
  document?: OasDocument;
  request: (given: Given) => { path: string; body?: unknown; form?: Record<string, string> };
  status: number;
  /** Validate against this component instead of the operation's response (an ambiguous `oneOf`). */
  component?: string;
  /** The answer's media type, when it is not JSON (the answer is then read as text). */
  media?: 'text/plain';
  /** Exactly this answer, besides its schema (e.g. a fixed text). */
  answer?: unknown;
}

const SAMPLES: Sample[] = [
  { operation: 'GET /connections', request: () => ({ path: '/api/v2/connections?include_totals=true&per_page=50' }), status: 200 },
  { operation: 'GET /connections', request: () => ({ path: '/api/v2/connections?fields=id,name&include_fields=true' }), status: 200 },
  { operation: 'GET /connections', request: () => ({ path: '/api/v2/connections?take=50' }), status: 200, component: 'ListConnectionsCheckpointPaginatedResponseContent' },
  { operation: 'GET /connections/{id}', request: (g) => ({ path: `/api/v2/connections/${g.connectionId}` }), status: 200 },
  { operation: 'GET /users', request: () => ({ path: `/api/v2/users?include_totals=true&q=${encodeURIComponent('email:*@example.com')}` }), status: 200 },
  { operation: 'GET /users', request: () => ({ path: '/api/v2/users?per_page=5' }), status: 200 },
  { operation: 'GET /users/{id}', request: (g) => ({ path: `/api/v2/users/${encodeURIComponent(g.userId)}` }), status: 200 },
  { operation: 'GET /users-by-email', request: (g) => ({ path: `/api/v2/users-by-email?email=${encodeURIComponent(g.userEmail)}` }), status: 200 },
  {
    operation: 'POST /users',
    request: () => ({ path: '/api/v2/users', body: { connection: 'Invitees', email: 'sample@example.com', password: 'a-long-random-password', user_metadata: { a: 1 } } }),
    status: 201,
  },
  { operation: 'PATCH /users/{id}', request: (g) => ({ path: `/api/v2/users/${encodeURIComponent(g.userId)}`, body: { app_metadata: { team: 'x' }, user_metadata: {} } }), status: 200 },
  { operation: 'GET /jobs/{id}', request: (g) => ({ path: `/api/v2/jobs/${g.importJobId}` }), status: 200 },
  { operation: 'GET /jobs/{id}', request: (g) => ({ path: `/api/v2/jobs/${g.exportJobId}` }), status: 200 },
  { operation: 'GET /jobs/{id}/errors', request: (g) => ({ path: `/api/v2/jobs/${g.importJobId}/errors` }), status: 200 },
  { operation: 'POST /jobs/users-exports', request: (g) => ({ path: '/api/v2/jobs/users-exports', body: { connection_id: g.connectionId, format: 'json', fields: [{ name: 'email' }] } }), status: 200 },
  { operation: 'POST /tickets/password-change', request: (g) => ({ path: '/api/v2/tickets/password-change', body: { user_id: g.userId, ttl_sec: 3600 } }), status: 201 },
  { operation: 'GET /roles', request: () => ({ path: '/api/v2/roles?include_totals=true&per_page=50' }), status: 200 },
  { operation: 'GET /roles', request: () => ({ path: '/api/v2/roles?name_filter=edit' }), status: 200 },
  { operation: 'POST /roles', request: () => ({ path: '/api/v2/roles', body: { name: 'sample-role', description: 'A sample' } }), status: 200 },
  { operation: 'GET /roles/{id}/users', request: (g) => ({ path: `/api/v2/roles/${g.roleId}/users?take=1` }), status: 200, component: 'ListRoleUsersPaginatedResponseContent' },
  { operation: 'GET /roles/{id}/users', request: (g) => ({ path: `/api/v2/roles/${g.roleId}/users?include_totals=true` }), status: 200 },
  { operation: 'GET /users/{id}/roles', request: (g) => ({ path: `/api/v2/users/${encodeURIComponent(g.userId)}/roles` }), status: 200 },
  { operation: 'GET /organizations', request: () => ({ path: '/api/v2/organizations?take=50' }), status: 200, component: 'ListOrganizationsPaginatedResponseContent' },
  { operation: 'GET /organizations', request: () => ({ path: '/api/v2/organizations?include_totals=true' }), status: 200 },
  { operation: 'POST /organizations', request: () => ({ path: '/api/v2/organizations', body: { name: 'sample-org', display_name: 'Sample' } }), status: 201 },
  { operation: 'GET /organizations/name/{name}', request: () => ({ path: '/api/v2/organizations/name/acme' }), status: 200 },
  { operation: 'GET /organizations/{id}/enabled_connections', request: (g) => ({ path: `/api/v2/organizations/${g.organizationId}/enabled_connections` }), status: 200 },
  {
    operation: 'GET /organizations/{id}/members',
    request: (g) => ({ path: `/api/v2/organizations/${g.organizationId}/members?take=1&fields=user_id,email,roles&include_fields=true` }),
    status: 200,
    component: 'ListOrganizationMembersPaginatedResponseContent',
  },
  { operation: 'GET /organizations/{id}/members', request: (g) => ({ path: `/api/v2/organizations/${g.organizationId}/members?include_totals=true` }), status: 200, component: 'ListOrganizationMembersOffsetPaginatedResponseContent' },
  { operation: 'GET /organizations/{id}/members/{user_id}/roles', request: (g) => ({ path: `/api/v2/organizations/${g.organizationId}/members/${encodeURIComponent(g.userId)}/roles` }), status: 200 },
  {
    operation: 'POST /dbconnections/change_password',
    document: 'authentication',
    request: (g) => ({ path: '/dbconnections/change_password', body: { client_id: g.clientId, email: g.userEmail, connection: 'Invitees' } }),
    status: 200,
    media: 'text/plain',
    answer: "We've just sent you an email to reset your password.",
  },
  {
    operation: 'POST /dbconnections/change_password',
    document: 'authentication',
    request: (g) => ({ path: '/dbconnections/change_password', body: { client_id: g.clientId, email: 'nobody@example.com', connection: 'Invitees' } }),
    status: 200,
    media: 'text/plain',
    answer: "We've just sent you an email to reset your password.",
  },
  {
    operation: 'POST /dbconnections/change_password',
    document: 'authentication',
    request: (g) => ({ path: '/dbconnections/change_password', body: { client_id: g.clientId, email: g.userEmail } }),
    status: 400,
  },
  {
    operation: 'POST /dbconnections/change_password',
    document: 'authentication',
    request: () => ({ path: '/dbconnections/change_password', body: { client_id: 'no-such-app', email: 'ada@example.com', connection: 'Invitees' } }),
    status: 400,
  },
  {
    operation: 'POST /dbconnections/change_password',
    document: 'authentication',
    request: (g) => ({ path: '/dbconnections/change_password', body: { client_id: g.clientId, email: 'ada@example.com', connection: 'No-Such-Connection' } }),
    status: 400,
  },
  {
    operation: 'POST /oauth/token',
    document: 'authentication',
    request: (g) => ({ path: '/oauth/token', form: { grant_type: 'client_credentials', client_id: g.clientId, client_secret: g.clientSecret, audience: 'https://tenant.local/api/v2/' } }),
    status: 200,
  },
];

let emulator: RunningEmulator;
let token: string;
let given: Given;

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

async function finished(jobId: string): Promise<void> {
  emulator.context.jobs.settle();
  expect((await json(await api(emulator, token, 'GET', `/api/v2/jobs/${jobId}`))).status).toBe('completed');
}

beforeAll(async () => {
  emulator = await startTestEmulator({ connections: ['Invitees'], roles: ['editor'], organizations: ['acme'] });
  token = await accessToken(emulator);
  const connectionId = emulator.connections.Invitees!;
  const user = await json(await api(emulator, token, 'POST', '/api/v2/users', { connection: 'Invitees', email: 'ada@example.com', password: 'a-long-random-password' }));
  const form = new FormData();
  form.append('users', usersFile([{ email: 'ada@example.com' }, { email: 'grace@example.com', app_metadata: { team: 'x' } }]), 'users.json');
  form.append('connection_id', connectionId);
  const importJob = await json(await api(emulator, token, 'POST', '/api/v2/jobs/users-imports', form));
  const exportJob = await json(await api(emulator, token, 'POST', '/api/v2/jobs/users-exports', { connection_id: connectionId }));
  await finished(importJob.id as string);
  await finished(exportJob.id as string);
  const roleId = emulator.state.data.roles!.find((r) => r.name === 'editor')!.id;
  const organizationId = emulator.state.data.organizations!.find((o) => o.name === 'acme')!.id;
  // The writes that answer without a body: their status, and that each took effect (read back by the samples).
  expect((await api(emulator, token, 'POST', `/api/v2/roles/${roleId}/users`, { users: [user.user_id] })).status).toBe(200);
  expect((await api(emulator, token, 'POST', `/api/v2/organizations/${organizationId}/members`, { members: [user.user_id] })).status).toBe(204);
  expect((await api(emulator, token, 'POST', `/api/v2/organizations/${organizationId}/members/${encodeURIComponent(user.user_id as string)}/roles`, { roles: [roleId] })).status).toBe(204);
  given = {
    roleId,
    organizationId,
    connectionId, userId: user.user_id as string, userEmail: 'ada@example.com', importJobId: importJob.id as string,
    exportJobId: exportJob.id as string, clientId: emulator.clientId, clientSecret: emulator.clientSecret,
  };
});
afterAll(async () => {
  await emulator.stop();
});

describe('responses match Auth0\'s OpenAPI documents', () => {
  it.each(SAMPLES.map((sample) => [`${sample.operation} → ${sample.status}`, sample] as const))('%s', async (_name, sample) => {
    const [method, oasPath] = sample.operation.split(' ') as [string, string];
    const { path, body, form } = sample.request(given);
    const response = form !== undefined
      ? await fetch(`${emulator.url}${path}`, { method, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) })
      : await api(emulator, token, method, path, body);
    expect(response.status).toBe(sample.status);
    const answer: unknown = sample.media === 'text/plain' ? await response.text() : await response.json();
    if (sample.media !== undefined) expect(response.headers.get('content-type')).toContain(sample.media);
    if (sample.answer !== undefined) expect(answer).toEqual(sample.answer);
    if (sample.component !== undefined) expectComponentValid(sample.component, answer, sample.document);
    else expectOasValid(method, oasPath, sample.status, answer, sample.document, sample.media);
  });
});

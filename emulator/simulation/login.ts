// Login simulation: check the password, run the deployed post-login Action, apply its metadata writes once at
// the end of the flow, and count the login only when it is allowed.
import { exceedsDepth, MAX_METADATA_DEPTH } from '../domain/json-depth';
import { mergeOneLevel } from '../domain/users/metadata';
import { ApiError } from '../domain/errors';
import { verifyPassword } from '../domain/users/passwords';
import type { TenantState, UserRecord } from '../domain/state';
import type { PostLoginAction, PostLoginEvent } from './action-runner';
import type { RuntimeSettings } from './settings';

/** What a login needs of the running tenant. */
export interface LoginContext {
  state: TenantState;
  action: PostLoginAction | undefined;
  settings: Pick<RuntimeSettings, 'actionSecrets'>;
  defaultClientId: string;
  tenantName: string;
  baseUrl(): string;
  nowIso(): string;
}

export type LoginResult = { result: 'allow'; user_id: string } | { result: 'deny'; reason: string; user_id: string };

const wrongCredentials = (): ApiError =>
  new ApiError(401, 'Wrong email or password.', 'invalid_grant', { error: 'invalid_grant', error_description: 'Wrong email or password.' });

export async function simulateLogin(ctx: LoginContext, email: string, password: string, connectionName?: string): Promise<LoginResult> {
  const candidates = ctx.state.usersWithEmail(email.trim().toLowerCase()).filter((u) => connectionName === undefined || u.connection === connectionName);
  const user = candidates.find((candidate) => verifyPassword(password, candidate.password));
  if (!user) throw wrongCredentials();
  if (user.blocked === true) {
    throw new ApiError(401, 'user is blocked', 'unauthorized', { error: 'unauthorized', error_description: 'user is blocked' });
  }
  const loginsCount = (user.logins_count ?? 0) + 1;
  let denied: string | undefined;
  if (ctx.action) {
    const outcome = await ctx.action.run(buildEvent(ctx, user, loginsCount)).catch((error: unknown) => {
      throw new ApiError(500, `post-login action failed: ${(error as Error).message}`, 'action_failed');
    });
    // Metadata writes apply at the end of the flow, also when access is denied (https://auth0.com/docs/customize/actions/explore-triggers/signup-and-login-triggers/login-trigger). Metadata
    // nested too deeply would break every later read, so it fails the login like a throwing Action.
    for (const written of [outcome.appMetadata, outcome.userMetadata]) {
      if (exceedsDepth(written, MAX_METADATA_DEPTH)) {
        throw new ApiError(500, `post-login action failed: metadata nested deeper than ${MAX_METADATA_DEPTH} levels`, 'action_failed');
      }
    }
    if (Object.keys(outcome.appMetadata).length > 0) user.app_metadata = mergeOneLevel(user.app_metadata, outcome.appMetadata);
    if (Object.keys(outcome.userMetadata).length > 0) user.user_metadata = mergeOneLevel(user.user_metadata, outcome.userMetadata);
    if (outcome.denied) denied = outcome.reason ?? '';
  }
  if (denied === undefined) {
    user.logins_count = loginsCount;
    user.last_login = ctx.nowIso();
  }
  ctx.state.changed();
  return denied === undefined ? { result: 'allow', user_id: user.user_id } : { result: 'deny', reason: denied, user_id: user.user_id };
}

function buildEvent(ctx: LoginContext, user: UserRecord, loginsCount: number): PostLoginEvent {
  const connection = ctx.state.connectionByName(user.connection);
  const eventUser: Record<string, unknown> = {
    user_id: user.user_id,
    email: user.email,
    email_verified: user.email_verified,
    name: user.name,
    given_name: user.given_name,
    family_name: user.family_name,
    nickname: user.nickname,
    picture: user.picture,
    username: user.username,
    phone_number: user.phone_number,
    phone_verified: user.phone_verified,
    // Copies: the Action must change metadata through the api object, never by mutation.
    app_metadata: structuredClone(user.app_metadata),
    user_metadata: structuredClone(user.user_metadata ?? {}),
    identities: [{ connection: user.connection, user_id: user.user_id.slice(user.user_id.indexOf('|') + 1), provider: 'auth0', isSocial: false }],
    created_at: user.created_at,
    updated_at: user.updated_at,
    multifactor: [],
  };
  if (user.last_password_reset !== undefined) eventUser.last_password_reset = user.last_password_reset;
  for (const key of Object.keys(eventUser)) if (eventUser[key] === undefined) delete eventUser[key];
  return {
    user: eventUser,
    stats: { logins_count: loginsCount },
    connection: { id: connection?.id ?? '', name: user.connection, strategy: 'auth0' },
    client: { client_id: ctx.defaultClientId, name: 'Emulated application', metadata: {} },
    tenant: { id: ctx.tenantName },
    transaction: { id: `txn_${Date.now().toString(36)}`, protocol: 'oidc-basic-profile', requested_scopes: ['openid', 'profile', 'email'], locale: 'en' },
    request: { ip: '127.0.0.1', method: 'POST', hostname: new URL(ctx.baseUrl()).hostname, query: {}, body: {} },
    secrets: { ...ctx.settings.actionSecrets },
    authentication: { methods: [{ name: 'pwd', timestamp: ctx.nowIso() }] },
  };
}

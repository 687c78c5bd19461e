// Runs a post-login Action the way Auth0 does: the source is a CommonJS module exporting
// `onExecutePostLogin(event, api)`, evaluated in its own `node:vm` context. `api.user.setAppMetadata` and
// `setUserMetadata` are collected and applied once at the end of the flow (`null` removes a key), also after a
// deny, as Auth0 documents (https://auth0.com/docs/customize/actions/explore-triggers/signup-and-login-triggers/login-trigger).
import { createRequire } from 'node:module';
import { readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';
import type { Metadata } from '../domain/state';

export interface PostLoginEvent {
  user: Record<string, unknown>;
  stats: { logins_count: number };
  connection: { id: string; name: string; strategy: 'auth0' };
  client: { client_id: string; name: string; metadata: Record<string, string> };
  tenant: { id: string };
  transaction: { id: string; protocol: string; requested_scopes: string[]; locale: string };
  request: { ip: string; method: string; hostname: string; query: Record<string, string>; body: Record<string, string> };
  secrets: Record<string, string>;
  authentication: { methods: Array<{ name: string; timestamp: string }> };
}

export interface ActionOutcome {
  denied: boolean;
  reason?: string;
  appMetadata: Metadata;
  userMetadata: Metadata;
}

type Handler = (event: PostLoginEvent, api: unknown) => unknown;

const ACTION_TIMEOUT_MS = 20_000;

/** A loaded Action; re-reads the file when it changes, so `npm start` picks up edits without a restart. */
export class PostLoginAction {
  private handler: Handler | undefined;
  private loadedMtime = -1;

  constructor(readonly path: string) {}

  private load(): Handler {
    const mtime = statSync(this.path).mtimeMs;
    if (this.handler && mtime === this.loadedMtime) return this.handler;
    const source = readFileSync(this.path, 'utf8');
    const module = { exports: {} as Record<string, unknown> };
    const sandbox = vm.createContext({
      console, setTimeout, clearTimeout, URL, URLSearchParams, TextEncoder, TextDecoder, Buffer,
      module, exports: module.exports,
      require: createRequire(this.path),
    });
    const wrapped = `(function (exports, require, module, __filename, __dirname) {\n${source}\n})`;
    const factory: unknown = new vm.Script(wrapped, { filename: this.path }).runInContext(sandbox, { timeout: 1000 });
    if (typeof factory !== 'function') throw new Error(`action ${this.path}: could not be evaluated as a module`);
    factory(module.exports, sandbox.require, module, this.path, this.path.replace(/[/\\][^/\\]*$/, ''));
    const handler = (module.exports as Record<string, unknown>).onExecutePostLogin;
    if (typeof handler !== 'function') throw new Error(`action ${this.path}: exports.onExecutePostLogin is not a function`);
    this.handler = handler as Handler;
    this.loadedMtime = mtime;
    return this.handler;
  }

  async run(event: PostLoginEvent): Promise<ActionOutcome> {
    const handler = this.load();
    const outcome: ActionOutcome = { denied: false, appMetadata: {}, userMetadata: {} };
    const api = {
      access: {
        deny: (reason: unknown) => {
          // The first deny wins; later calls in the same flow do not overwrite the reason.
          if (!outcome.denied) {
            outcome.denied = true;
            outcome.reason = String(reason);
          }
          return api;
        },
      },
      user: {
        setAppMetadata: (key: unknown, value: unknown) => { outcome.appMetadata[String(key)] = value; return api; },
        setUserMetadata: (key: unknown, value: unknown) => { outcome.userMetadata[String(key)] = value; return api; },
      },
      idToken: { setCustomClaim: () => api },
      accessToken: { setCustomClaim: () => api, addScope: () => api, removeScope: () => api },
      multifactor: { enable: () => api },
      redirect: { canRedirect: () => false, sendUserTo: () => api, encodeToken: () => '', validateToken: () => ({}) },
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`action ${this.path} timed out after ${ACTION_TIMEOUT_MS} ms`)), ACTION_TIMEOUT_MS);
    });
    try {
      await Promise.race([Promise.resolve(handler(event, api)), timeout]);
    } finally {
      clearTimeout(timer);
    }
    return outcome;
  }
}

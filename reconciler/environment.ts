// Everything the reconciler reads from its environment, in one place: the tenant and its credentials, mail
// delivery, the lease's lifetime and holder, and debugging. No secret is ever read from a file.
import { printableReply } from './escape';
import type { CiRun } from './lease/holder';
import { parseSmtpUrl, type SmtpSettings } from './mail/smtp-url';

/** The operator's settings (environment or credentials) are wrong: said without a stack trace. */
export class ConfigurationError extends Error {}

/** Where the tenant is and how to authenticate. */
export interface TenantCredentials {
  domain: string;
  /** Overrides `https://<domain>` as the origin, e.g. the emulator's URL. */
  baseUrl?: string;
  clientId?: string;
  clientSecret?: string;
  apiToken?: string;
}

export function credentialsFromEnv(env: NodeJS.ProcessEnv): TenantCredentials {
  const domain = env.AUTH0_DOMAIN?.trim();
  if (!domain) throw new ConfigurationError('AUTH0_DOMAIN is not set (the tenant domain, e.g. example.eu.auth0.com).');
  const apiToken = env.AUTH0_API_TOKEN?.trim() || undefined;
  const clientId = env.AUTH0_CLIENT_ID?.trim() || undefined;
  const clientSecret = env.AUTH0_CLIENT_SECRET || undefined;
  if (!apiToken && !(clientId && clientSecret)) {
    throw new ConfigurationError('Set AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET (or AUTH0_API_TOKEN) for the Management API.');
  }
  const baseUrl = env.AUTH0_BASE_URL?.trim() || undefined;
  if (baseUrl !== undefined) checkBaseUrl(baseUrl);
  const host = domain.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  // A host name, maybe with a port: anything else would make every request URL invalid.
  if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/i.test(host)) {
    throw new ConfigurationError('AUTH0_DOMAIN is not a host name (the tenant domain, e.g. example.eu.auth0.com).');
  }
  return { domain: host, baseUrl, clientId, clientSecret, apiToken };
}

function checkBaseUrl(value: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // not a URL: said below, without repeating the value (it might carry credentials)
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) {
    throw new ConfigurationError('AUTH0_BASE_URL is not an http:// or https:// origin without credentials (e.g. http://127.0.0.1:4010).');
  }
}

/**
 * Mail delivery: SMTP when SMTP_URL is set (else the outbox folder), and MAIL_FROM over the config's sender. A
 * malformed SMTP_URL is a ConfigurationError that names the variable, never its value.
 */
export function mailFromEnv(env: NodeJS.ProcessEnv): { smtp?: SmtpSettings; from?: string } {
  const url = env.SMTP_URL?.trim() || undefined;
  let smtp: SmtpSettings | undefined;
  try {
    smtp = url === undefined ? undefined : parseSmtpUrl(url);
  } catch (error) {
    throw new ConfigurationError(error instanceof Error ? error.message : String(error));
  }
  return { ...(smtp ? { smtp } : {}), from: env.MAIL_FROM?.trim() || undefined };
}

/**
 * RECONCILE_LEASE_SECONDS (tests shorten it), or undefined when unset: the lease's lifetime then follows the pace
 * of the run (lease/timing.ts).
 */
export function leaseSecondsFrom(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.RECONCILE_LEASE_SECONDS?.trim();
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 1) throw new Error(`RECONCILE_LEASE_SECONDS must be a number of seconds, at least 1 (got ${JSON.stringify(raw)})`);
  return seconds;
}

/** The GitHub Actions run this process is part of, if any: it names the lease's holder. */
export function ciRunFrom(env: NodeJS.ProcessEnv): CiRun | undefined {
  return env.GITHUB_RUN_ID ? { id: env.GITHUB_RUN_ID, repository: env.GITHUB_REPOSITORY || undefined } : undefined;
}

/** RECONCILE_DEBUG: print the stack of an unexpected error. */
export function debugFrom(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.RECONCILE_DEBUG);
}

/**
 * An error a command did not expect, as one line without credentials or unprintable characters; with
 * RECONCILE_DEBUG set, its stack too, each line cleaned the same way (a message can quote a tenant's reply).
 */
export function sayUnexpectedError(error: unknown, env: NodeJS.ProcessEnv, say: (line: string) => void): void {
  say(`Error: ${printableReply(error instanceof Error ? error.message : String(error))}`);
  if (error instanceof ConfigurationError || !debugFrom(env) || !(error instanceof Error) || !error.stack) return;
  for (const line of error.stack.split('\n')) say(printableReply(line));
}

// What the emulator reads from the project so that its tenant looks deployed (`cdktf deploy` already ran):
// the gated connection's name and the login gate Action's settings from `invitation.config.yaml`. Read with the
// `yaml` package directly: the emulator shares no code with the reconciler beyond types.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';

export interface ProjectSettings {
  /** The config file that was read, or undefined when none was found. */
  configPath?: string;
  /** `connection:` from the config. */
  connection?: string;
  requireResetForImportedHashes: boolean;
  passwordMinLength?: number;
  /** `tickets.client_id`: an application id tickets may name. */
  ticketClientId?: string;
  /** `stack/action/login-gate.cjs` next to the config, when it exists. */
  actionPath?: string;
  /** The Change Password email as the stack deploys it (`mail.auth0_*`, `tickets.ttl_seconds`), with `mail.delivery: auth0`. */
  changePassword?: { templatePath?: string; subject?: string; from?: string; applicationName?: string; urlLifetimeSeconds?: number };
  /** Names of the roles and organizations the config declares (the stack creates them). */
  roles: string[];
  organizations: string[];
}

export const DEFAULT_CONFIG_FILE = 'invitation.config.yaml';
export const DEFAULT_ACTION_FILE = 'stack/action/login-gate.cjs';

/**
 * `configPath` undefined: look for `invitation.config.yaml` in `cwd`; null: read nothing (a bare tenant).
 * A config file that exists but cannot be parsed is an error: silently starting a different tenant would hide it.
 */
export function readProjectSettings(configPath: string | null | undefined, cwd: string): ProjectSettings {
  if (configPath === null) return { requireResetForImportedHashes: false, roles: [], organizations: [] };
  const path = resolve(cwd, configPath ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (configPath !== undefined) throw new Error(`config file ${path} does not exist`);
    return { requireResetForImportedHashes: false, roles: [], organizations: [] };
  }
  let parsed: unknown;
  try {
    parsed = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`config file ${path} is not valid YAML: ${(error as Error).message}`);
  }
  const config = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  const stack = (typeof config.stack === 'object' && config.stack !== null ? config.stack : {}) as Record<string, unknown>;
  const settings: ProjectSettings = {
    configPath: path,
    requireResetForImportedHashes: stack.require_reset_for_imported_hashes === true,
    roles: namesOf(config.roles),
    organizations: namesOf(config.organizations),
  };
  if (typeof config.connection === 'string' && config.connection.trim() !== '') settings.connection = config.connection.trim();
  const tickets = (typeof config.tickets === 'object' && config.tickets !== null ? config.tickets : {}) as Record<string, unknown>;
  if (typeof tickets.client_id === 'string') settings.ticketClientId = tickets.client_id;
  if (typeof stack.password_min_length === 'number') settings.passwordMinLength = stack.password_min_length;
  const mail = (typeof config.mail === 'object' && config.mail !== null ? config.mail : {}) as Record<string, unknown>;
  if (mail.delivery === 'auth0') settings.changePassword = changePasswordOf(mail, tickets, dirname(path));
  const action = resolve(dirname(path), DEFAULT_ACTION_FILE);
  if (existsSync(action)) settings.actionPath = action;
  return settings;
}

/** What the stack deploys as the Change Password template; unset settings take the schema's defaults. */
function changePasswordOf(mail: Record<string, unknown>, tickets: Record<string, unknown>, folder: string): NonNullable<ProjectSettings['changePassword']> {
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
  const template = resolve(folder, text(mail.auth0_template) ?? DEFAULT_CHANGE_PASSWORD_TEMPLATE_FILE);
  return {
    ...(existsSync(template) ? { templatePath: template } : {}),
    subject: text(mail.auth0_subject) ?? DEFAULT_CHANGE_PASSWORD_SUBJECT,
    from: text(mail.from) ?? 'no-reply@example.com',
    applicationName: text(mail.app_name) ?? 'Example',
    urlLifetimeSeconds: typeof tickets.ttl_seconds === 'number' ? tickets.ttl_seconds : 604_800,
  };
}

export const DEFAULT_CHANGE_PASSWORD_TEMPLATE_FILE = 'templates/change-password.html.liquid';
const DEFAULT_CHANGE_PASSWORD_SUBJECT =
  "{% if user.app_metadata.invitation.awaiting_password %}You're invited to {{ application.name }}{% else %}Reset your password for {{ application.name }}{% endif %}";
/** `[{ name }, ...]` → the names. */
function namesOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => (typeof entry === 'object' && entry !== null && typeof (entry as { name?: unknown }).name === 'string' ? [(entry as { name: string }).name] : []));
}

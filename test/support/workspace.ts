// A throw-away project for one test or benchmark: the fixture config merged with overrides, the fixture
// templates, an invitee folder and an outbox, all in a temp folder. Nothing touches the checkout's own
// invitees/, invitation.config.yaml, templates/, .outbox/ or .tenant/.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configYaml, type ConfigOverrides } from './config';
import { inviteesYaml, writeFiles, type InviteeSpec } from './invitees';
import { PROJECT_FIXTURE } from './paths';

export interface Workspace {
  dir: string;
  /** The config file (`invitation.config.yaml` in `dir`). */
  config: string;
  invitees: string;
  outbox: string;
  /** Rewrites the config: base, then the workspace's overrides, then these. */
  writeConfig(overrides?: ConfigOverrides): Promise<void>;
  /** Replaces the invitee folder with one `people.yaml` holding these invitees. */
  writeInvitees(invitees: readonly InviteeSpec[]): Promise<void>;
  /** Replaces the invitee folder with these files (name → YAML text); returns the bytes written. */
  writeInviteeFiles(files: Record<string, string>): Promise<number>;
  remove(): Promise<void>;
}

export interface WorkspaceOptions {
  /** Overrides of the base config that every `writeConfig` keeps. */
  config?: ConfigOverrides;
  invitees?: readonly InviteeSpec[];
  /** Temp folder name prefix. */
  prefix?: string;
  /** Where the temp folder goes (default: the OS temp dir). */
  base?: string;
}

export async function createWorkspace(options: WorkspaceOptions = {}): Promise<Workspace> {
  const dir = await mkdtemp(path.join(options.base ?? tmpdir(), options.prefix ?? 'workspace-'));
  await cp(path.join(PROJECT_FIXTURE, 'templates'), path.join(dir, 'templates'), { recursive: true });
  const invitees = path.join(dir, 'invitees');
  const workspace: Workspace = {
    dir,
    config: path.join(dir, 'invitation.config.yaml'),
    invitees,
    outbox: path.join(dir, 'outbox'),
    writeConfig: (overrides = {}) => writeFile(workspace.config, configYaml(options.config ?? {}, overrides)),
    writeInvitees: async (list) => void (await writeFiles(invitees, { 'people.yaml': inviteesYaml(list) })),
    writeInviteeFiles: (files) => writeFiles(invitees, files),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
  await workspace.writeConfig();
  await workspace.writeInvitees(options.invitees ?? []);
  return workspace;
}

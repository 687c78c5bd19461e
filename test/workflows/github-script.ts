// Runs the inline script of an `actions/github-script` step as the action does (an async function body given
// github, context, core and require), against fakes: what it reads and which API calls it makes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const WORKFLOWS = path.resolve(import.meta.dirname, '../../.github/workflows');

/** The script of the github-script step of `job` in `workflow` (a file name under .github/workflows). */
export function githubScript(workflow: string, job: string): string {
  const doc = parse(readFileSync(path.join(WORKFLOWS, workflow), 'utf8')) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: { script?: string } }> }> };
  const step = doc.jobs[job]?.steps.find((s) => s.uses?.startsWith('actions/github-script'));
  if (!step?.with?.script) throw new Error(`${workflow} ${job}: no github-script step`);
  return step.with.script;
}

export interface Issue {
  number: number;
  body: string;
  state: 'open' | 'closed';
  user: { type: 'Bot' | 'User' };
  pull_request?: object;
}

/** A repository's issues and comments, and every call the script made. */
export class FakeGitHub {
  calls: Array<{ method: string; params: Record<string, unknown> }> = [];
  constructor(public issues: Issue[] = [], public comments: Array<{ id: number; body: string; user: { type: string } }> = []) {}

  private record(method: string, params: Record<string, unknown>): void {
    this.calls.push({ method, params });
  }

  readonly paginate = async (method: (params: Record<string, unknown>) => Promise<{ data: unknown[] }>, params: Record<string, unknown>) => (await method(params)).data;

  readonly rest = {
    issues: {
      listForRepo: async (params: Record<string, unknown>) => {
        this.record('issues.listForRepo', params);
        return { data: this.issues.filter((issue) => issue.state === params.state) };
      },
      create: async (params: Record<string, unknown>) => {
        this.record('issues.create', params);
        const issue: Issue = { number: this.issues.length + 1, body: String(params.body), state: 'open', user: { type: 'Bot' } };
        this.issues.push(issue);
        return { data: issue };
      },
      update: async (params: Record<string, unknown>) => {
        this.record('issues.update', params);
        const issue = this.issues.find((i) => i.number === params.issue_number);
        if (!issue) throw new Error(`no issue ${String(params.issue_number)}`);
        if (params.body !== undefined) issue.body = String(params.body);
        if (params.state !== undefined) issue.state = params.state as Issue['state'];
        return { data: issue };
      },
      listComments: async (params: Record<string, unknown>) => {
        this.record('issues.listComments', params);
        return { data: [...this.comments] };
      },
      createComment: async (params: Record<string, unknown>) => {
        this.record('issues.createComment', params);
        const comment = { id: this.comments.length + 1, body: String(params.body), user: { type: 'Bot' } };
        this.comments.push(comment);
        return { data: comment };
      },
      updateComment: async (params: Record<string, unknown>) => {
        this.record('issues.updateComment', params);
        const comment = this.comments.find((c) => c.id === params.comment_id);
        if (!comment) throw new Error(`no comment ${String(params.comment_id)}`);
        comment.body = String(params.body);
        return { data: comment };
      },
    },
  };
}

export const CONTEXT = { serverUrl: 'https://github.com', runId: 42, repo: { owner: 'acme', repo: 'people' }, issue: { number: 7 } };

/**
 * Runs `script` with `files` as the working folder's files (name → text) and `env` as process.env; the script
 * sees no other file and no other variable.
 */
export async function runGithubScript(script: string, github: FakeGitHub, options: { files: Record<string, string>; env: Record<string, string> }): Promise<void> {
  const fs = {
    readFileSync: (name: string) => {
      const text = options.files[name];
      if (text === undefined) throw new Error(`ENOENT: ${name}`);
      return text;
    },
    existsSync: (name: string) => options.files[name] !== undefined,
    // The working folder: the files given.
    readdirSync: (name: string) => {
      if (name !== '.') throw new Error(`the script listed ${name}`);
      return Object.keys(options.files);
    },
  };
  const fakeRequire = (id: string) => {
    if (id === 'node:fs' || id === 'fs') return fs;
    throw new Error(`the script required ${id}`);
  };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
  const run = new AsyncFunction('github', 'context', 'core', 'require', 'process', script);
  await run(github, CONTEXT, { info: () => undefined }, fakeRequire, { env: options.env });
}

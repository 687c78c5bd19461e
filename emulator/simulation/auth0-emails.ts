// The mails Auth0 itself sends (the Change Password email of `POST /dbconnections/change_password`), rendered from
// the template the stack deploys: `mail.auth0_template` and `mail.auth0_subject` of the project's config, read
// again whenever the file changes (as the login gate Action is), with Liquid as Auth0 does. Each mail is one
// RFC 5322 `.eml` file in the outbox folder, `<email>.eml`, then `<email>.2.eml`, … as the reconciler's outbox
// names them, so that `npm start` with `mail.delivery: auth0` shows the very mails people would get.
import { readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Liquid } from 'liquidjs';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { UserRecord } from '../domain/state';

export interface ChangePasswordTemplate {
  /** The deployed template's file; undefined: Auth0's default wording. */
  path?: string;
  subject: string;
  from: string;
  /** `application.name` in the template. */
  applicationName: string;
  /** `url_lifetime_in_seconds` of the deployed template. */
  urlLifetimeSeconds: number;
}

export const DEFAULT_CHANGE_PASSWORD_TEMPLATE: ChangePasswordTemplate = {
  subject: 'Reset your password',
  from: 'no-reply@auth0user.net',
  applicationName: 'Application',
  urlLifetimeSeconds: 432_000,
};

const DEFAULT_BODY = '<p>Hello {{ user.email }},</p><p>Click <a href="{{ url }}">here</a> to change your password.</p>';

// Auth0's templates leave unknown variables empty; every output is escaped so a name stays text.
const engine = new Liquid({ outputEscape: 'escape', ownPropertyOnly: true });

export interface SentEmail {
  to: string;
  subject: string;
  html: string;
  /** The `.eml` file, when an outbox folder is set. */
  file?: string;
}

export class Auth0Emails {
  private body: { source: string; mtime: number } | undefined;
  /** The last mails, newest last (tests read them without a folder). */
  readonly sent: SentEmail[] = [];

  constructor(
    readonly template: ChangePasswordTemplate,
    private readonly outboxDir: string | undefined,
    private readonly tenantName: string,
  ) {}

  /** Renders and writes the Change Password email for `user`, whose link is `url`. */
  async sendChangePassword(user: UserRecord, url: string, clientId: string): Promise<SentEmail> {
    const variables = {
      url,
      user: {
        user_id: user.user_id, email: user.email, email_verified: user.email_verified, name: user.name ?? user.email,
        given_name: user.given_name, family_name: user.family_name, nickname: user.nickname, picture: user.picture,
        app_metadata: user.app_metadata, user_metadata: user.user_metadata ?? {},
      },
      application: { name: this.template.applicationName, clientID: clientId },
      connection: { name: user.connection },
      tenant: this.tenantName,
      friendly_name: this.template.applicationName,
    };
    const subject = String(engine.parseAndRenderSync(this.template.subject, variables)).replace(/\s+/g, ' ').trim();
    const html = String(engine.parseAndRenderSync(this.source(), variables));
    const mail: SentEmail = { to: user.email, subject, html };
    if (this.outboxDir !== undefined) mail.file = await this.write(user.email, subject, html);
    this.sent.push(mail);
    if (this.sent.length > 1000) this.sent.shift();
    return mail;
  }

  private source(): string {
    const { path } = this.template;
    if (path === undefined) return DEFAULT_BODY;
    const mtime = statSync(path).mtimeMs;
    if (this.body?.mtime !== mtime) this.body = { source: readFileSync(path, 'utf8'), mtime };
    return this.body.source;
  }

  private async write(email: string, subject: string, html: string): Promise<string> {
    const dir = this.outboxDir as string;
    await mkdir(dir, { recursive: true });
    const bytes = await new MailComposer({ from: this.template.from, to: email, subject, html, headers: { 'X-Sent-By': 'Auth0 (emulated)' } }).compile().build();
    const base = email.toLowerCase().replace(/[\u0000-\u001f\u007f-\u009f/\\:*?"<>|\s]/g, '_').replace(/\.{2,}/g, '_').replace(/^\./, '_');
    for (let sequence = 1; ; sequence++) {
      const file = join(dir, sequence === 1 ? `${base}.eml` : `${base}.${sequence}.eml`);
      try {
        await writeFile(file, bytes, { flag: 'wx' });
        return file;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }
}

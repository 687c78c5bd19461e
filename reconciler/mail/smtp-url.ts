// SMTP_URL, read by this code rather than by nodemailer, for two reasons:
// - nodemailer parses it with Node's URL parsers, which reject (or, worse, misread as host and port) a password
//   holding `/`, `#` or `@`, as AWS SES passwords often do, and the rejection carries the whole URL in its `input`;
//   Node's URL deprecation warning printed it on stderr.
// - every error here names the variable and never repeats its value.
// The credentials are split off at the last `@` (a host cannot contain one), so such passwords work as typed;
// percent-encoded ones (`%2F`) work too. What nodemailer gets is the URL without them, plus `auth`.

/** Where mail goes, and how to log in; `host` is what messages may show (never the credentials). */
export interface SmtpSettings {
  /** `smtp://host:port` or `smtps://…` with SMTP_URL's query options, without the user name and password. */
  url: string;
  /** `host:port`, for messages. */
  host: string;
  auth?: { user: string; pass: string };
}

export class SmtpUrlError extends Error {}

const DEFAULT_PORT = { smtp: 587, smtps: 465 } as const;

export function parseSmtpUrl(value: string, variable = 'SMTP_URL'): SmtpSettings {
  const fail = (problem: string): never => {
    throw new SmtpUrlError(`${variable} ${problem}; expected smtp://user:password@host:587 or smtps://user:password@host:465 (its value is not shown: it holds a password).`);
  };
  const scheme = /^(smtps?):\/\//i.exec(value)?.[1]?.toLowerCase() as 'smtp' | 'smtps' | undefined;
  if (!scheme) return fail('does not start with smtp:// or smtps://');
  const rest = value.slice(scheme.length + 3);
  const at = rest.lastIndexOf('@');
  const userinfo = at === -1 ? undefined : rest.slice(0, at);
  const afterUserinfo = at === -1 ? rest : rest.slice(at + 1);
  const { hostname, port, tail } = splitHost(afterUserinfo) ?? fail('has no host name after the credentials');
  if (port !== undefined && !(/^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535)) return fail('has a port that is not a number from 1 to 65535');
  const portNumber = port === undefined ? DEFAULT_PORT[scheme] : Number(port);
  const auth = userinfo === undefined ? undefined : credentialsOf(userinfo);
  if (auth && auth.user === '') return fail('has a password but no user name');
  // Only the query of the remainder is kept (nodemailer options such as ?tls.rejectUnauthorized=false).
  const query = /\?[^#]*/.exec(tail)?.[0] ?? '';
  const host = `${hostname}:${portNumber}`;
  return { url: `${scheme}://${host}/${query}`, host, ...(auth ? { auth } : {}) };
}

function splitHost(text: string): { hostname: string; port: string | undefined; tail: string } | undefined {
  // A bracketed IPv6 literal, or a name/IPv4 address; then an optional port; then path, query or fragment.
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(?::([^/?#]*))?([/?#].*)?$/i.exec(text);
  if (!match?.[1]) return undefined;
  return { hostname: match[1], port: match[3], tail: match[4] ?? '' };
}

/** `user:password`, each percent-decoded when it is valid percent-encoding, taken as typed otherwise. */
function credentialsOf(userinfo: string): { user: string; pass: string } {
  const colon = userinfo.indexOf(':');
  const user = colon === -1 ? userinfo : userinfo.slice(0, colon);
  const pass = colon === -1 ? '' : userinfo.slice(colon + 1);
  return { user: decoded(user), pass: decoded(pass) };
}

function decoded(text: string): string {
  if (!/%[0-9a-f]{2}/i.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

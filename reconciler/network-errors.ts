// Network failures said so that the operator can act: which setting pointed where, and why the connection failed
// (DNS, refused, TLS, timeout). Node's own `fetch failed` names none of these. Shared by the Management API session
// (AUTH0_DOMAIN, AUTH0_BASE_URL) and mail delivery (SMTP_URL); the host is shown without any userinfo.

export type NetworkCause = 'DNS' | 'refused' | 'TLS' | 'timeout' | 'dropped' | 'unreachable' | 'other';

/** Where a connection was going: the setting that named it, and `host[:port]` (never credentials). */
export interface NetworkTarget {
  variable: string;
  host: string;
}

export class NetworkError extends Error {
  override readonly name = 'NetworkError';

  constructor(
    readonly target: NetworkTarget,
    readonly reason: NetworkCause,
    /** The system's or library's error code, e.g. ENOTFOUND, ECONNREFUSED, CERT_HAS_EXPIRED. */
    readonly code: string | undefined,
  ) {
    super(`Cannot reach ${target.host} (${target.variable}): ${EXPLANATION[reason]}${code ? ` (${code})` : ''}.`);
  }
}

const EXPLANATION: Record<NetworkCause, string> = {
  DNS: 'DNS lookup failed, the name does not resolve; check its spelling',
  refused: 'the connection was refused, nothing listens on that port',
  TLS: 'the TLS handshake failed',
  timeout: 'no answer in time (timeout)',
  dropped: 'the connection was dropped',
  unreachable: 'the network cannot reach it',
  other: 'the connection failed',
};

const TLS_CODE = /^(ERR_TLS|ERR_SSL|CERT_|ERR_CERT|EPROTO$|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_(GET|VERIFY)|HOSTNAME_MISMATCH$|ETLS$)/;

const BY_CODE: Record<string, NetworkCause> = {
  ENOTFOUND: 'DNS',
  EAI_AGAIN: 'DNS',
  EAI_FAIL: 'DNS',
  EAI_NONAME: 'DNS',
  EDNS: 'DNS', // nodemailer
  ECONNREFUSED: 'refused',
  ETIMEDOUT: 'timeout',
  ESOCKETTIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ECONNRESET: 'dropped',
  EPIPE: 'dropped',
  UND_ERR_SOCKET: 'dropped',
  UND_ERR_CLOSED: 'dropped',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTDOWN: 'unreachable',
};

/** The cause of a failed connection, from the error and its `cause` chain (fetch wraps the system error). */
export function networkCauseOf(error: unknown): { reason: NetworkCause; code: string | undefined } {
  let fallbackCode: string | undefined;
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const { code, name, message } = current as { code?: unknown; name?: unknown; message?: unknown };
    if (name === 'TimeoutError') return { reason: 'timeout', code: undefined };
    // nodemailer reports refused and dropped connections as ECONNECTION/ESOCKET (and DNS failures as EDNS), with
    // the more precise system error in its text: that one is preferred.
    const text = typeof message === 'string' ? message : '';
    const inText = /\b(E[A-Z_]{3,}|ERR_[A-Z_]+)\b/.exec(text)?.[1];
    const fromText = inText ? BY_CODE[inText] ?? (TLS_CODE.test(inText) ? 'TLS' : undefined) : undefined;
    if (fromText) return { reason: fromText, code: inText };
    if (typeof code === 'string') {
      const known = BY_CODE[code] ?? (TLS_CODE.test(code) ? 'TLS' : undefined);
      if (known) return { reason: known, code };
      fallbackCode ??= code;
    }
    // OpenSSL's own wording (nodemailer passes it on as ESOCKET): "…:SSL routines:…:wrong version number".
    if (/SSL routines|certificate/i.test(text)) return { reason: 'TLS', code: typeof code === 'string' ? code : undefined };
    current = (current as { cause?: unknown }).cause;
  }
  return { reason: 'other', code: fallbackCode };
}

export function describeNetworkError(error: unknown, target: NetworkTarget): NetworkError {
  if (error instanceof NetworkError) return error;
  const { reason, code } = networkCauseOf(error);
  return new NetworkError(target, reason, code);
}

/**
 * Failures that another attempt will not fix: a name that does not exist, a certificate that does not verify.
 * A temporary DNS failure (EAI_AGAIN) and everything else may pass, and are retried.
 */
export function isPermanentNetworkFailure(error: unknown): boolean {
  const { reason, code } = networkCauseOf(error);
  return reason === 'TLS' || (reason === 'DNS' && code === 'ENOTFOUND');
}

// Auth0's error envelope `{statusCode, error, message, errorCode?}` (https://auth0.com/docs/api/management/v2) and the one exception
// type every handler throws; the server's error handler turns it (and any Fastify error) into that envelope.

const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Request Entity Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function reasonPhrase(statusCode: number): string {
  return REASON_PHRASES[statusCode] ?? 'Error';
}

export interface Auth0ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errorCode?: string;
}

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly errorCode?: string,
    /** Replaces the envelope entirely, for endpoints that are not Management API (e.g. /oauth/token). */
    readonly rawBody?: Record<string, unknown>,
  ) {
    super(message);
  }

  toBody(): Auth0ErrorBody | Record<string, unknown> {
    if (this.rawBody) return this.rawBody;
    // An empty message stands for the reason phrase, as in Auth0's generic bodies (`"message":"Not Found"`).
    const error = reasonPhrase(this.statusCode);
    const body: Auth0ErrorBody = { statusCode: this.statusCode, error, message: this.message === '' ? error : this.message };
    if (this.errorCode !== undefined) body.errorCode = this.errorCode;
    return body;
  }
}

export const invalidBody = (detail: string): ApiError =>
  new ApiError(400, `Payload validation error: ${detail}`, 'invalid_body');

export const invalidQuery = (detail: string): ApiError =>
  new ApiError(400, `Query validation error: ${detail}`, 'invalid_query_string');

export const RATE_LIMIT_BODY: Auth0ErrorBody = {
  statusCode: 429,
  error: 'Too Many Requests',
  message: 'Global limit has been reached',
  errorCode: 'too_many_requests',
};

// Errors of Management API calls, each saying what was being done, with Auth0's status and error code.

export class TenantError extends Error {
  constructor(
    message: string,
    readonly statusCode?: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Runs one SDK call and turns its error into a TenantError that says what was being done. */
export async function call<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toTenantError(what, error);
  }
}

export function toTenantError(what: string, error: unknown): TenantError {
  if (error instanceof TenantError) return error;
  const e = error as { statusCode?: number; body?: unknown; message?: string };
  const body = (e.body ?? {}) as { message?: unknown; errorCode?: unknown; error?: unknown };
  const code = typeof body.errorCode === 'string' ? body.errorCode : undefined;
  const detail = typeof body.message === 'string' ? body.message : e.message ?? String(error);
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  return new TenantError(`Could not ${what}: ${status ? `HTTP ${status}: ` : ''}${detail}`, status, code);
}

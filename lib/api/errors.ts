// The one error shape of every API response: { "error": { "message": "...", "param"?: "..." } }.

export interface ApiErrorBody {
  error: { message: string; param?: string; allowed?: readonly string[] };
}

/** A failure the client can act on (bad parameter, unknown file) or a known server condition. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly param?: string,
    readonly allowed?: readonly string[],
  ) {
    super(message);
  }
}

export function errorBody(error: ApiError): ApiErrorBody {
  return {
    error: {
      message: error.message,
      ...(error.param !== undefined ? { param: error.param } : {}),
      ...(error.allowed !== undefined ? { allowed: error.allowed } : {}),
    },
  };
}

/** JSON error response; never cached, never a stack trace. */
export function errorResponse(error: ApiError): Response {
  return new Response(JSON.stringify(errorBody(error)), {
    status: error.status,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Access-Control-Allow-Origin": "*",
    },
  });
}

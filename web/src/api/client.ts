/** A problem+json error body as the API sends it (RFC 9457 plus Guichet's stable `code`). */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code: string;
  detail: string;
  field?: string;
  rule?: string;
  errors?: { field?: string; message?: string; lang?: "fr" | "en" }[];
  /** The language of `detail` ("fr" or "en"). */
  lang?: string;
}

/** Thrown by every API call that does not succeed; carries the server's problem+json. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly field: string | undefined;
  readonly rule: string | undefined;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.code);
    this.name = "ApiError";
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.field = problem.field;
    this.rule = problem.rule;
    this.problem = problem;
  }
}

/** Code of the ApiError thrown when the server cannot be reached at all (status 0). */
export const NETWORK_ERROR = "NETWORK_ERROR";

export const CSRF_COOKIE = "guichet_csrf";
export const CSRF_HEADER = "x-csrf-token";

/** Reads one cookie by name from document.cookie. */
export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** Asks the server for its messages in the page's language (French first, English second). */
export function languageHeaders(): Record<string, string> {
  return { "accept-language": document.documentElement.lang === "en" ? "en, fr;q=0.5" : "fr, en;q=0.5" };
}

/** The anti-CSRF header sent with every request that changes something, when the session set its cookie. */
export function csrfHeaders(method: string): Record<string, string> {
  if (method === "GET" || method === "HEAD") return {};
  const token = readCookie(CSRF_COOKIE);
  return token ? { [CSRF_HEADER]: token } : {};
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

async function toProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { status: response.status, code: `HTTP_${response.status}`, detail: response.statusText };
  try {
    const body = (await response.json()) as Partial<Problem>;
    return { ...fallback, ...body, status: response.status };
  } catch {
    return fallback; // not JSON (a proxy's HTML page, an empty body)
  }
}

/** One HTTP call to the API: JSON or FormData in, JSON out; throws ApiError on failure. */
export async function apiRequest<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const isForm = body instanceof FormData;
  const headers: Record<string, string> = { accept: "application/json", ...languageHeaders(), ...csrfHeaders(method), ...options.headers };
  if (body !== undefined && !isForm) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      ...(body === undefined ? {} : { body: isForm ? body : JSON.stringify(body) }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError({ status: 0, code: NETWORK_ERROR, detail: "Le serveur ne répond pas." });
  }
  if (!response.ok) throw new ApiError(await toProblem(response));
  // 204, or a 200/201 with an empty body: nothing to parse.
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** GET `path`, parsed as T. */
export function apiGet<T>(path: string, options?: RequestOptions): Promise<T> {
  return apiRequest<T>("GET", path, undefined, options);
}

/** POST `body` (JSON, or FormData for uploads) to `path`. */
export function apiPost<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> {
  return apiRequest<T>("POST", path, body, options);
}

/** PUT `body` to `path`. */
export function apiPut<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> {
  return apiRequest<T>("PUT", path, body, options);
}

/** PATCH `body` to `path`. */
export function apiPatch<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> {
  return apiRequest<T>("PATCH", path, body, options);
}

/** DELETE `path`. */
export function apiDelete<T>(path: string, options?: RequestOptions): Promise<T> {
  return apiRequest<T>("DELETE", path, undefined, options);
}

/** Builds a query string from defined values only: `query({ q: "x", limit: 20 })` → `?q=x&limit=20`. */
export function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The problem's per-field messages, keyed by field path (for a form's `setErrors`); the main field gets `detail`. */
export function fieldErrors(error: ApiError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error.problem.errors ?? []) if (e.field && e.message && !(e.field in out)) out[e.field] = e.message;
  if (error.field && !(error.field in out)) out[error.field] = error.detail;
  return out;
}

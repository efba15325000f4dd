// OpenAPI security requirements of the accounts routes (shown in /api/docs): a session cookie or a bearer token, or
// none for the routes that are public on purpose (the access-matrix test skips `security: []` routes).

/** Public on purpose: no credential. */
export const PUBLIC: Record<string, string[]>[] = [];
/** A session cookie (with x-csrf-token on changes) or a bearer token from POST /api/oauth/token. */
export const SIGNED_IN: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];

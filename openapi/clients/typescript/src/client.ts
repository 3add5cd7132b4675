// The typed client of the placement API: paths, bodies and answers come from schema.d.ts,
// which `scripts/generate_clients.py` regenerates from openapi/openapi.json.
import createClient, { type Middleware } from "openapi-fetch";

import type { components, paths } from "./schema";

export type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];
export type ApiClient = ReturnType<typeof createClient<paths>>;

/** A client sending the bearer token `getToken` returns (none before login) and the language. */
export function createApiClient(
  baseUrl: string,
  getToken: () => string | undefined,
  language: "id" | "en" = "id",
): ApiClient {
  const client = createClient<paths>({ baseUrl });
  const auth: Middleware = {
    onRequest({ request }) {
      const token = getToken();
      if (token) request.headers.set("Authorization", `Bearer ${token}`);
      request.headers.set("Accept-Language", language);
      return request;
    },
  };
  client.use(auth);
  return client;
}

/** A fresh Idempotency-Key for one create or change, reused only on its retries. */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}

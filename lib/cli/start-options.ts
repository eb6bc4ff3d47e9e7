import { isIP } from "node:net";

import { z } from "zod";

import { EnvError } from "../env";

const port = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a port number from 1 to 65535` })
    .int({ error: `${name} must be a port number from 1 to 65535` })
    .min(1, { error: `${name} must be a port number from 1 to 65535` })
    .max(65535, { error: `${name} must be a port number from 1 to 65535` })
    .default(fallback);

const hostnamePattern = /^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

// Variables only `npm start` reads; the app's own variables are checked by lib/env.ts.
const startOptionsSchema = z.object({
  HOST: z
    .string()
    .default("127.0.0.1")
    .refine((value) => isIP(value) !== 0 || (hostnamePattern.test(value) && !/^[0-9.]+$/.test(value)), {
      error: "HOST must be an IP address or a host name, for example 127.0.0.1 or 0.0.0.0",
    }),
  PORT: port("PORT", 3000),
  EMBEDDED_DB_PORT: port("EMBEDDED_DB_PORT", 54329),
  SEED_DEMO: z.enum(["0", "1"], { error: "SEED_DEMO must be 1 (load demo data) or 0 (reference data only)" }).default("1"),
});

export type StartOptions = z.infer<typeof startOptionsSchema>;

export function parseStartOptions(source: Record<string, string | undefined>): StartOptions {
  // An empty variable means "not set", as in a .env line `PORT=`.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = startOptionsSchema.safeParse(present);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return result.data;
}

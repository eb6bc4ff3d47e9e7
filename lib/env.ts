import { z } from "zod";

// Validated once at start; a missing or invalid variable stops the process with its name.
const envSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is missing: set it to a postgresql:// URL, or start with `npm start` to use the embedded database" })
    .refine((value) => /^postgres(ql)?:\/\//.test(value), { error: "DATABASE_URL must start with postgresql://" }),
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET is missing: set it to a random string of at least 32 characters" })
    .min(32, { error: "NEXTAUTH_SECRET must be at least 32 characters long" }),
  NEXTAUTH_URL: z.url({ error: "NEXTAUTH_URL must be the portal's public URL, for example http://127.0.0.1:3000" }).optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

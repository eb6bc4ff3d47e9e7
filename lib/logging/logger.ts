import "server-only";

import pino from "pino";

// Structured logs on stdout. Form bodies, disability data and secrets are never logged; the redact
// list catches the common slips.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "inclusive-job-center" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "*.functioning", "*.disabilityTypes"], remove: true },
});

export function requestLogger(context: { route: string; userId?: string; role?: string }) {
  return logger.child(context);
}

// Runs once when the server starts. The check lives in a Node-only module, so the Edge bundle
// contains no process.exit call.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;

  const { exitOnInvalidEnv } = await import("./lib/env-check");
  exitOnInvalidEnv();
}

import { EnvError, parseEnv } from "./env";

// Invalid configuration stops the server at start, naming the variable, instead of failing on
// the first request.
export function exitOnInvalidEnv(): void {
  try {
    parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

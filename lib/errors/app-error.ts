// The one error type services throw for expected failures. `code` is stable for callers and logs,
// `messageKey` names the catalog entry shown to the user, and the message stays in the log only.
export type AppErrorCode =
  | "not_found"
  | "forbidden"
  | "conflict"
  | "invalid_input"
  | "deadline_passed"
  | "rate_limited"
  | "invalid_state";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: string,
    logMessage: string,
    readonly field?: string,
  ) {
    super(logMessage);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

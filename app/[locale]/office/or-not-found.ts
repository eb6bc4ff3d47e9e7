import { notFound } from "next/navigation";

import { isAppError } from "@/lib/errors/app-error";

// Renders the not-found page when a service throws not_found. Services throw the same error for
// another city's record, so both cases get the same 404 response.
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

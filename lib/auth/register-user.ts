import "server-only";

import { getPrisma } from "../db/prisma";
import { AppError } from "../errors/app-error";
import { Prisma } from "../generated/prisma/client";
import { checkRateLimit } from "../rate-limit/check-rate-limit";
import { hashPassword } from "./password";
import type { RegistrationInput } from "./schemas";
import type { SessionClaims } from "./session-claims";

// Seekers and employers register themselves; officers and admins come from the seed or a command.
export async function registerUser(options: { input: RegistrationInput; clientKey: string }): Promise<SessionClaims> {
  const { input } = options;
  const allowed = await checkRateLimit({ db: getPrisma(), key: `register:${options.clientKey}`, limit: 20, windowSeconds: 60 * 60 });
  if (!allowed) throw new AppError("rate_limited", "auth.errors.rateLimited", "registration rate limit reached");

  const passwordHash = await hashPassword(input.password);
  try {
    const user = await getPrisma().user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: { id: true, role: true, name: true, email: true, sessionVersion: true },
    });
    return {
      sub: user.id,
      role: user.role,
      name: user.name,
      email: user.email,
      companyId: null,
      cityCode: null,
      sessionVersion: user.sessionVersion,
    };
  } catch (error) {
    // The unique index on email decides races between two registrations of one address.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "auth.errors.emailTaken", "email already registered", "email");
    }
    throw error;
  }
}

import { hashPassword } from "../auth/password";
import type { Database } from "../db/create-client";
import { AppError } from "../errors/app-error";
import { Prisma } from "../generated/prisma/client";
import type { StaffUserInput } from "./staff-user-input";

export type CreatedStaffUser = { id: string; email: string; role: "city_officer" | "admin"; cityCode: string | null };

// Creates a city officer or an admin account. Officers and admins cannot register themselves,
// so this runs from the create-staff-user command only. Throws AppError with an English log
// message the command prints: not_found for an unknown city code, conflict for a taken email.
export async function createStaffUser(options: { db: Database; input: StaffUserInput }): Promise<CreatedStaffUser> {
  const { db, input } = options;
  const cityCode = input.role === "city_officer" ? (input.cityCode ?? null) : null;

  if (cityCode) {
    const city = await db.city.findUnique({ where: { code: cityCode }, select: { code: true } });
    if (!city) {
      throw new AppError(
        "not_found",
        "office.errors.cityNotFound",
        `City code ${cityCode} not found. Use a kabupaten/kota code from the City table, such as 32.73 for Kota Bandung.`,
        "cityCode",
      );
    }
  }

  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, role: input.role, cityCode, passwordHash },
      select: { id: true, email: true, cityCode: true },
    });
    return { id: user.id, email: user.email, role: input.role, cityCode: user.cityCode };
  } catch (error) {
    // The unique index on email decides, so a race between two commands still reports cleanly.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "auth.errors.emailTaken", `Email ${input.email} is already registered. Use another address.`, "email");
    }
    throw error;
  }
}

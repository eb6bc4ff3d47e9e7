import { Prisma } from "@/lib/generated/prisma/client";

// Whether a Prisma error is a unique-constraint violation on the given column. With the pg driver
// adapter the column names sit in different places of `meta` across Prisma versions, so the whole
// meta object is searched for the column name.
export function isUniqueViolationOn(error: unknown, column: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return JSON.stringify(error.meta ?? {}).includes(column);
}

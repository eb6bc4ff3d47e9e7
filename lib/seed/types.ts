import type { Prisma } from "../generated/prisma/client";

// The client a seed step writes through: an interactive transaction or the plain client.
export type SeedClient = Prisma.TransactionClient;

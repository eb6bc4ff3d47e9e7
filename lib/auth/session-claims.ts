import type { Role } from "../generated/prisma/enums";

// Claims carried by the session cookie. Entry points still reload the user, so a changed role or
// membership takes effect on the next request.
export type SessionClaims = {
  sub: string;
  role: Role;
  name: string;
  email: string;
  companyId: string | null;
  cityCode: string | null;
  // The user's session version when the cookie was issued; see User.sessionVersion.
  sessionVersion: number;
};

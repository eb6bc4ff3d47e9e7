// Demo accounts created by `npx tsx prisma/seed.ts` (not with --no-demo). All share one password.
export const DEMO_PASSWORD = "demo-password-2026";

export const DEMO_LOGINS = [
  { email: "seeker@demo.ijc.id", role: "seeker", cityCode: "32.73", note: "Job seeker in Kota Bandung with a filled profile" },
  { email: "employer@demo.ijc.id", role: "employer", cityCode: "32.73", note: "Member of a verified Bandung company with vacancies and applicants" },
  { email: "officer.bandung@demo.ijc.id", role: "city_officer", cityCode: "32.73", note: "ULD officer for Kota Bandung" },
  { email: "officer.surabaya@demo.ijc.id", role: "city_officer", cityCode: "35.78", note: "ULD officer for Kota Surabaya" },
  { email: "admin@demo.ijc.id", role: "admin", cityCode: null, note: "Portal administrator" },
] as const;

export type DemoLogin = (typeof DEMO_LOGINS)[number];

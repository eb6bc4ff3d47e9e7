import { z } from "zod";

// Messages are catalog keys; parseForm translates them for the page.
const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "auth.errors.emailRequired" })
  .max(254, { error: "auth.errors.emailInvalid" })
  .pipe(z.email({ error: "auth.errors.emailInvalid" }));

export const loginInputSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "auth.errors.passwordRequired" }),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

// NIST SP 800-63B: a minimum length and no composition rules. argon2 has no 72-byte limit like
// bcrypt, so long passphrases are accepted whole.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 512;

export const registrationInputSchema = z.object({
  role: z.enum(["seeker", "employer"], { error: "auth.errors.roleRequired" }),
  name: z
    .string()
    .trim()
    .min(1, { error: "auth.errors.nameRequired" })
    .max(120, { error: "auth.errors.nameTooLong" }),
  email: emailSchema,
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, { error: "auth.errors.passwordTooShort" })
    .max(PASSWORD_MAX_LENGTH, { error: "auth.errors.passwordTooLong" }),
});
export type RegistrationInput = z.infer<typeof registrationInputSchema>;

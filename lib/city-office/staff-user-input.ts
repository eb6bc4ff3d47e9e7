import { z } from "zod";

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../auth/schemas";

// Input of the create-staff-user command. Operators read these messages in a terminal, so they
// are plain English sentences, not catalog keys.
export const staffUserInputSchema = z
  .object({
    role: z.enum(["city_officer", "admin"], { error: 'Invalid --role: use "city_officer" or "admin"' }),
    email: z
      .string({ error: "Missing --email: give the staff member's email address" })
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "Invalid --email: expected an address like name@dinas.go.id" })),
    name: z
      .string({ error: 'Missing --name: give the full name, for example --name "Dewi Lestari"' })
      .trim()
      .min(1, { error: 'Missing --name: give the full name, for example --name "Dewi Lestari"' })
      .max(120, { error: "Invalid --name: use 120 characters or fewer" }),
    cityCode: z
      .string()
      .trim()
      .regex(/^\d{2}\.\d{2}$/, { error: "Invalid --city: expected a Kemendagri kabupaten/kota code such as 32.73" })
      .optional(),
    password: z
      .string({ error: "Missing password: set STAFF_PASSWORD or type it when asked" })
      .min(PASSWORD_MIN_LENGTH, { error: `Invalid password: use at least ${PASSWORD_MIN_LENGTH} characters` })
      .max(PASSWORD_MAX_LENGTH, { error: `Invalid password: use at most ${PASSWORD_MAX_LENGTH} characters` }),
  })
  .superRefine((input, context) => {
    // An officer's whole scope is one kabupaten/kota; an admin has none.
    if (input.role === "city_officer" && !input.cityCode) {
      context.addIssue({ code: "custom", path: ["cityCode"], message: "Missing --city: a city_officer needs a kabupaten/kota code such as 32.73" });
    }
    if (input.role === "admin" && input.cityCode) {
      context.addIssue({ code: "custom", path: ["cityCode"], message: "Invalid --city: an admin has no city, so leave --city out" });
    }
  });

export type StaffUserInput = z.infer<typeof staffUserInputSchema>;

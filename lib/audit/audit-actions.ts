// Stable names of AuditLog actions; reports and retention jobs filter on them, so never rename one.
export const AUDIT_ACTIONS = {
  // A staff member or an employer opened a seeker's disability types, functioning or
  // accommodation needs.
  seekerSensitiveRead: "seeker.sensitive.read",
  seekerConsentGiven: "seeker.consent_given",
  seekerConsentWithdrawn: "seeker.consent_withdrawn",
  companyVerified: "company.verified",
  companyRejected: "company.rejected",
  // An officer downloaded the placements of a city, with the names of the people placed.
  placementsExported: "city.placements.exported",
} as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];

import type { ReactNode } from "react";

import { OfficeNav } from "@/components/office/office-nav";
import { getActor } from "@/lib/auth/actor";

// Adds the section menu for officers. It guards nothing: every page calls requireCityOfficer.
export default async function OfficeLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  return (
    <>
      {actor?.role === "city_officer" ? <OfficeNav /> : null}
      {children}
    </>
  );
}

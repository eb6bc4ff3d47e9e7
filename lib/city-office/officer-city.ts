import type { CityOfficerActor } from "../auth/actor";
import type { Database } from "../db/create-client";
import { AppError } from "../errors/app-error";
import type { TimeZone } from "../generated/prisma/enums";
import { ianaZoneFor } from "./time-zones";

export type OfficerCity = {
  code: string;
  name: string;
  provinceName: string;
  timeZone: TimeZone;
  ianaZone: string;
};

// Loads the city the officer serves. The code always comes from the signed-in actor, never from
// the request, so no parameter can widen an officer's scope.
export async function getOfficerCity(options: { db: Database; actor: CityOfficerActor }): Promise<OfficerCity> {
  const city = await options.db.city.findUnique({
    where: { code: options.actor.cityCode },
    select: { code: true, name: true, province: { select: { name: true, timeZone: true } } },
  });
  if (!city) {
    throw new AppError("not_found", "office.errors.cityNotFound", `city ${options.actor.cityCode} of officer ${options.actor.userId} not found`);
  }
  return {
    code: city.code,
    name: city.name,
    provinceName: city.province.name,
    timeZone: city.province.timeZone,
    ianaZone: ianaZoneFor(city.province.timeZone),
  };
}

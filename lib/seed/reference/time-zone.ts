import type { TimeZone } from "../../generated/prisma/client";

// Indonesia's three time zones, derived from the two-digit Kemendagri province code:
// - WIB (UTC+7): Sumatra and nearby islands (11-21), Java (31-36), Kalimantan Barat (61) and
//   Kalimantan Tengah (62).
// - WITA (UTC+8): Bali and Nusa Tenggara (51-53), Kalimantan Selatan, Timur and Utara (63-65), and
//   Sulawesi (71-76).
// - WIT (UTC+9): Maluku and Maluku Utara (81-82) and the Papua provinces (91-97).
export function timeZoneForProvince(provinceCode: string): TimeZone {
  if (!/^\d{2}$/.test(provinceCode)) {
    throw new Error(`Invalid province code "${provinceCode}": expected two digits such as "32"`);
  }
  const code = Number(provinceCode);

  if ((code >= 11 && code <= 21) || (code >= 31 && code <= 36) || code === 61 || code === 62) return "WIB";
  if ((code >= 51 && code <= 53) || (code >= 63 && code <= 65) || (code >= 71 && code <= 76)) return "WITA";
  if (code === 81 || code === 82 || (code >= 91 && code <= 97)) return "WIT";

  throw new Error(`No time zone rule for province code "${provinceCode}": add its range to timeZoneForProvince`);
}

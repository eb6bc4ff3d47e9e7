import { describe, expect, it } from "vitest";

import { parseStartOptions } from "./start-options";

describe("parseStartOptions", () => {
  it("applies defaults", () => {
    expect(parseStartOptions({})).toEqual({ HOST: "127.0.0.1", PORT: 3000, EMBEDDED_DB_PORT: 54329, SEED_DEMO: "1" });
  });

  it("treats empty values as unset", () => {
    expect(parseStartOptions({ PORT: "", HOST: "" }).PORT).toBe(3000);
  });

  it("accepts host names and addresses", () => {
    expect(parseStartOptions({ HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
    expect(parseStartOptions({ HOST: "::1" }).HOST).toBe("::1");
    expect(parseStartOptions({ HOST: "portal.bandung.go.id" }).HOST).toBe("portal.bandung.go.id");
  });

  it.each([
    [{ HOST: "0.0.0.0.0" }, "HOST: HOST must be an IP address or a host name, for example 127.0.0.1 or 0.0.0.0"],
    [{ PORT: "70000" }, "PORT: PORT must be a port number from 1 to 65535"],
    [{ PORT: "abc" }, "PORT: PORT must be a port number from 1 to 65535"],
    [{ EMBEDDED_DB_PORT: "0" }, "EMBEDDED_DB_PORT: EMBEDDED_DB_PORT must be a port number from 1 to 65535"],
    [{ SEED_DEMO: "yes" }, "SEED_DEMO: SEED_DEMO must be 1 (load demo data) or 0 (reference data only)"],
  ])("rejects %o naming the variable", (source, message) => {
    expect(() => parseStartOptions(source)).toThrow(message);
  });
});

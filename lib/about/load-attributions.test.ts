import { describe, expect, it } from "vitest";

import { loadAttributions } from "./load-attributions";

describe("loadAttributions", () => {
  it("shows Indonesian licence texts on the Indonesian page", async () => {
    const attributions = await loadAttributions({ locale: "id" });
    const kbji = attributions.find((entry) => entry.id === "kbji2014");

    expect(kbji?.licence).toBe("© Badan Pusat Statistik; kode dan judul dikutip dengan menyebut sumbernya");
    expect(kbji?.attribution).toBe("Sumber: BPS, KBJI 2014");
  });

  it("shows English licence texts on the English page", async () => {
    const attributions = await loadAttributions({ locale: "en" });
    const esco = attributions.find((entry) => entry.id === "esco");

    expect(esco?.licence).toBe("© European Union; free reuse with attribution");
    expect(esco?.url).toBe("https://esco.ec.europa.eu");
  });

  it("gives every source a licence in each language", async () => {
    const [indonesian, english] = await Promise.all([loadAttributions({ locale: "id" }), loadAttributions({ locale: "en" })]);

    expect(indonesian.map((entry) => entry.id)).toEqual(english.map((entry) => entry.id));
    // Licence names such as "CC BY-SA 4.0" read the same in both languages; the sentences differ.
    const translated = indonesian.filter((entry, index) => entry.licence !== english[index]!.licence);
    expect(translated.map((entry) => entry.id)).toEqual(["kbji2014", "esco", "washington-group", "uu-8-2016"]);
  });
});

import { describe, expect, it } from "vitest";
import { enumValues, type EnumName } from "../api/enums";
import i18n from ".";
import { enumLabel, enumOptions } from "./enumLabels";

describe("enum labels", () => {
  it.each(["en", "ko"])("name every value of every enum in %s", (language) => {
    const t = i18n.getFixedT(language);
    const missing = (Object.keys(enumValues) as EnumName[]).flatMap((name) =>
      (enumValues[name] as readonly string[])
        .filter((value) => !i18n.exists(`enum.${name}.${value}`, { lng: language, fallbackLng: false }))
        .map((value) => `${name}.${value}`),
    );
    expect(missing).toEqual([]);
    expect(enumLabel(t, "Region", "LatinAmericaCaribbean")).not.toBe("enum.Region.LatinAmericaCaribbean");
  });

  it("follow the language", () => {
    expect(enumLabel(i18n.getFixedT("ko"), "CompanySize", "Sme")).toBe("중소기업");
    expect(enumLabel(i18n.getFixedT("en"), "CompanySize", "Sme")).toBe("SME");
    expect(enumOptions(i18n.getFixedT("en"), "ConsortiumRole").map((o) => o.value)).toEqual(["Prime", "Partner", "Subcontractor"]);
  });
});

import { describe, expect, it } from "vitest";
import { formatCountry, formatDate, formatMoney, formatMoneyCompact, formatNumber, formatPercent } from "./format";

// Intl output uses narrow/no-break spaces in places: compare with them normalised.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatting", () => {
  it("formats US dollars for each language", () => {
    expect(formatMoney(1234567, "USD", "en")).toBe("$1,234,567");
    expect(formatMoney(1234.5, "USD", "en")).toBe("$1,234.50");
    expect(plain(formatMoney(1234567, "USD", "ko"))).toBe("US$1,234,567");
  });

  it("formats won without minor units", () => {
    expect(formatMoney(1500000, "KRW", "ko")).toBe("₩1,500,000");
    expect(formatMoney(1500000.4, "KRW", "en")).toBe("₩1,500,000");
  });

  it("shortens large sums for charts, in each language's own units", () => {
    expect(formatMoneyCompact(12_500_000, "USD", "en")).toBe("$12.5M");
    expect(formatMoneyCompact(12_500_000, "USD", "ko")).toBe("US$1250만");
    expect(formatPercent(42.46, "en")).toBe("42.5%");
  });

  it("formats numbers", () => {
    expect(formatNumber(12345.678, "en", { maximumFractionDigits: 1 })).toBe("12,345.7");
  });

  it("formats a calendar day without shifting it by the time zone", () => {
    expect(formatDate("2026-05-01", "en")).toBe("May 1, 2026");
    expect(plain(formatDate("2026-05-01", "ko"))).toBe("2026. 5. 1.");
  });

  it("names countries in the language shown", () => {
    expect(formatCountry("KE", "en")).toBe("Kenya");
    expect(formatCountry("KE", "ko")).toBe("케냐");
  });
});

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import i18n, { changeLanguage, initialLanguage, languageStorageKey } from ".";
import { en, ko } from "./resources";

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [prefix + key] : keysOf(value, `${prefix}${key}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return sourceFiles(path);
    }
    return /\.(ts|tsx)$/.test(name) && !/\.(test|d)\.tsx?$/.test(name) ? [path] : [];
  });
}

const srcDir = join(import.meta.dirname, "..");

describe("translation files", () => {
  const enKeys = new Set(keysOf(en));
  const koKeys = new Set(keysOf(ko));

  it("have the same keys in English and Korean", () => {
    expect([...enKeys].filter((k) => !koKeys.has(k)), "in en.json, missing in ko.json").toEqual([]);
    expect([...koKeys].filter((k) => !enKeys.has(k)), "in ko.json, missing in en.json").toEqual([]);
  });

  it("have no empty texts", () => {
    const empty = [...keysOf(en).map((k) => ["en", k]), ...keysOf(ko).map((k) => ["ko", k])].filter(
      ([lang, key]) => i18n.getResource(lang!, "translation", key!) === "",
    );
    expect(empty).toEqual([]);
  });

  it("contain every key that the source passes to t()", () => {
    const pattern = /\bt\(\s*["'`]([^"'`$]+)["'`]/g;
    const used: { key: string; file: string }[] = [];
    for (const file of sourceFiles(srcDir)) {
      for (const match of readFileSync(file, "utf8").matchAll(pattern)) {
        used.push({ key: match[1]!, file: relative(srcDir, file) });
      }
    }
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter(({ key }) => !enKeys.has(key))).toEqual([]);
  });
});

describe("language", () => {
  it("switches at any time and is remembered", async () => {
    await changeLanguage("ko");
    expect(i18n.t("nav.projects")).toBe("프로젝트");
    expect(localStorage.getItem(languageStorageKey)).toBe("ko");
    expect(document.documentElement.lang).toBe("ko");
    expect(initialLanguage()).toBe("ko");
    await changeLanguage("en");
    expect(i18n.t("nav.projects")).toBe("Projects");
  });

  it("defaults to the browser's language", () => {
    localStorage.removeItem(languageStorageKey);
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, "languages")!;
    Object.defineProperty(navigator, "languages", { configurable: true, get: () => ["ko-KR", "en-US"] });
    try {
      expect(initialLanguage()).toBe("ko");
      Object.defineProperty(navigator, "languages", { configurable: true, get: () => ["fr-FR"] });
      expect(initialLanguage()).toBe("en");
    } finally {
      delete (navigator as { languages?: unknown }).languages;
      Object.defineProperty(Navigator.prototype, "languages", languages);
    }
  });
});

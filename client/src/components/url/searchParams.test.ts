import { describe, expect, it } from "vitest";
import { z } from "zod";
import { nextSort, optionalText, pagingFields, parseSearch, sortOf, toSearchParams } from "./searchParams";

const schema = z.object({
  ...pagingFields(25),
  sort: sortOf(["code", "name"]),
  q: optionalText(z.string().max(5)),
});

describe("list search in the URL", () => {
  it("reads page, page size, sort and text, and falls back to defaults on bad values", () => {
    expect(parseSearch(schema, new URLSearchParams("page=3&pageSize=50&sort=-name&q=%20ke%20"))).toEqual({
      page: 3,
      pageSize: 50,
      sort: "-name",
      q: "ke",
    });
    expect(parseSearch(schema, new URLSearchParams("page=0&pageSize=7&sort=-alpha3&q=toolong"))).toEqual({
      page: 1,
      pageSize: 25,
      sort: undefined,
      q: undefined,
    });
    expect(parseSearch(schema, new URLSearchParams("page=x&q=%20%20"))).toMatchObject({ page: 1, q: undefined });
  });

  it("writes back only what differs from the defaults, in order", () => {
    expect(toSearchParams({ page: 2, pageSize: 25, sort: "code", q: undefined }, { pageSize: 25 }).toString()).toBe("page=2&sort=code");
    expect(toSearchParams({ page: 1, pageSize: 50, sort: undefined, q: "" }, { pageSize: 25 }).toString()).toBe("pageSize=50");
    expect(toSearchParams({ q: "ke", page: 4 }, {}, ["page", "q"]).toString()).toBe("page=4&q=ke");
    expect(toSearchParams({ status: "Active" }, { status: "Active" }).toString()).toBe("");
  });

  it("sorts ascending first, then descending", () => {
    expect(nextSort(undefined, "name")).toBe("name");
    expect(nextSort("name", "name")).toBe("-name");
    expect(nextSort("-name", "name")).toBe("name");
    expect(nextSort("-code", "name")).toBe("name");
  });
});

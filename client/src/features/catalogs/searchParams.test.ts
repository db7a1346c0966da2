import { describe, expect, it } from "vitest";
import { parseSearch } from "../../components/url/searchParams";
import {
  countriesApiQuery,
  countryListSearch,
  organizationListSearch,
  organizationsApiQuery,
  solutionListSearch,
  toSearchParams,
} from "./searchParams";

describe("catalog list search in the URL", () => {
  it("reads filters, sort and page, and falls back to defaults on bad values", () => {
    const search = parseSearch(countryListSearch, new URLSearchParams("region=Mars&sort=-alpha3&page=0&pageSize=7&q=%20ke%20"));
    expect(search).toEqual({ page: 1, pageSize: 25, sort: undefined, region: undefined, q: "ke" });
    expect(countriesApiQuery(search)).toEqual({ page: 1, pageSize: 25, q: "ke" });
  });

  it("upper-cases an organization's country and keeps only known kinds and sizes", () => {
    const search = parseSearch(organizationListSearch, new URLSearchParams("countryCode=kr&kind=KoreanCompany&size=Huge&sort=countryCode"));
    expect(organizationsApiQuery(search)).toEqual({ page: 1, pageSize: 25, countryCode: "KR", kind: "KoreanCompany", sort: "countryCode" });
  });

  it("writes back only what differs from the defaults", () => {
    const search = parseSearch(solutionListSearch, new URLSearchParams("category=Procurement&page=3&pageSize=50"));
    expect(toSearchParams({ ...search, q: undefined }).toString()).toBe("page=3&pageSize=50&category=Procurement");
    expect(toSearchParams({ ...search, page: 1, pageSize: 25 }).toString()).toBe("category=Procurement");
  });
});

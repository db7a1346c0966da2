import { z } from "zod";
import { enumValues } from "../../api/enums";
import { optionalText, pagingFields, sortOf, toSearchParams as writeSearchParams } from "../../components/url/searchParams";
import type { ListCountriesQuery } from "./api/countries";
import type { ListOrganizationsQuery } from "./api/organizations";
import type { ListSolutionsQuery } from "./api/solutions";

export const defaultPageSize = 25;

/** The columns the API sorts each catalog by (List*Validator.SortFields). */
export const countrySortColumns = ["code", "name", "region"] as const;
export const organizationSortColumns = ["name", "kind", "countryCode"] as const;
export const solutionSortColumns = ["code", "name", "category"] as const;

const paging = {
  ...pagingFields(defaultPageSize),
  q: optionalText(z.string().max(100)),
};

/** Each catalog list as the URL holds it (`?region=Africa&sort=-name&page=2`); a bad value falls back to its default. */
export const countryListSearch = z.object({
  ...paging,
  sort: sortOf(countrySortColumns),
  region: z.enum(enumValues.Region).optional().catch(undefined),
});

export const organizationListSearch = z.object({
  ...paging,
  sort: sortOf(organizationSortColumns),
  kind: z.enum(enumValues.OrganizationKind).optional().catch(undefined),
  size: z.enum(enumValues.CompanySize).optional().catch(undefined),
  countryCode: optionalText(z.string().regex(/^[A-Za-z]{2}$/)).transform((v) => v?.toUpperCase()),
});

export const solutionListSearch = z.object({
  ...paging,
  sort: sortOf(solutionSortColumns),
  category: z.enum(enumValues.SolutionCategory).optional().catch(undefined),
});

export type CountryListSearch = z.infer<typeof countryListSearch>;
export type OrganizationListSearch = z.infer<typeof organizationListSearch>;
export type SolutionListSearch = z.infer<typeof solutionListSearch>;

type ListSearch = { page: number; pageSize: number } & Record<string, string | number | undefined>;

/** Back to URL parameters, leaving out defaults and empty filters. */
export function toSearchParams(search: ListSearch): URLSearchParams {
  return writeSearchParams(search, { pageSize: defaultPageSize });
}

/** The API's query for a list: the URL's state without empty values. */
function toApiQuery<Q>(search: ListSearch): Q {
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined && value !== "")) as Q;
}

export const countriesApiQuery = (search: CountryListSearch) => toApiQuery<ListCountriesQuery>(search);
export const organizationsApiQuery = (search: OrganizationListSearch) => toApiQuery<ListOrganizationsQuery>(search);
export const solutionsApiQuery = (search: SolutionListSearch) => toApiQuery<ListSolutionsQuery>(search);

import { useTranslation } from "react-i18next";
import { useFormat } from "../../../i18n/format";
import type { Project } from "../api/getProject";
import { nameLookup, useOrganizations, useSolutions } from "../api/referenceData";

/** Names for the ids a project holds: organizations and solutions from their lists. */
export function useNames() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const organizations = useOrganizations();
  const solutions = useSolutions();
  return {
    organization: nameLookup(organizations.data, language),
    solution: nameLookup(solutions.data, language),
    organizations: organizations.data,
  };
}

/** The lead agency's name: the API's `leadAgencyName` when the record carries one, else from the organizations. */
export function leadAgencyNameOf(project: Project, organization: (id: string) => string, language: string): string {
  const named = project as Project & { leadAgencyName?: string | null; leadAgencyNameKo?: string | null };
  if (language === "ko" && named.leadAgencyNameKo) {
    return named.leadAgencyNameKo;
  }
  return named.leadAgencyName || organization(project.leadAgencyId);
}

/** The owner's display name, else their id. */
export function ownerNameOf(project: Project): string | null {
  return project.ownerName || project.ownerId || null;
}

/** Whether the signed-in user may change this project, as the API says. */
export function projectAllowsEdit(project: Project): boolean {
  return project.canEdit;
}

/** An amount in its currency: USD and KRW as money, any other with its code. */
export function useMoneyIn() {
  const format = useFormat();
  return (value: number, currency: string | null | undefined) => {
    const code = (currency ?? "USD").toUpperCase();
    return code === "USD" || code === "KRW" ? format.money(value, code) : `${format.number(value)} ${code}`;
  };
}

import { Button, Group, NativeSelect, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { projectStatuses } from "../../../api/enums";
import { enumOptions, statusLabel } from "../../../i18n/enumLabels";
import { useCountries, useLeadAgencies, useSolutions } from "../api/lookups";
import { anyStatus, defaultStatus, type BoardSearch } from "../searchParams";

interface BoardFiltersProps {
  values: BoardSearch;
  onChange(values: BoardSearch): void;
}

/** Country, region, solution, lead agency and status; each applies at once and is kept in the URL. */
export function BoardFilters({ values, onChange }: BoardFiltersProps) {
  const { t, i18n } = useTranslation();
  const countries = useCountries();
  const solutions = useSolutions();
  const agencies = useLeadAgencies();
  const korean = i18n.language === "ko";
  const named = (item: { name: string; nameKo?: string | null }) => (korean && item.nameKo ? item.nameKo : item.name);

  const failed = (query: { isError: boolean }, filter: string) =>
    query.isError ? t("board.filters.loadFailed", { filter }) : undefined;

  const searchable = {
    searchable: true,
    clearable: true,
    w: 210,
    nothingFoundMessage: t("board.filters.nothingFound"),
    comboboxProps: { withinPortal: true },
  } as const;

  return (
    <form role="search" aria-label={t("board.filters.label")} onSubmit={(e) => e.preventDefault()}>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <Select
          {...searchable}
          label={t("board.filters.country")}
          data={(countries.data ?? []).map((c) => ({ value: c.code, label: korean ? c.nameKo : c.name }))}
          value={values.countryCode ?? null}
          onChange={(countryCode) => onChange({ ...values, countryCode: countryCode ?? undefined })}
          error={failed(countries, t("board.filters.country"))}
        />
        <NativeSelect
          label={t("board.filters.region")}
          w={190}
          data={[{ value: "", label: t("board.filters.any") }, ...enumOptions(t, "Region")]}
          value={values.region ?? ""}
          onChange={(e) => onChange({ ...values, region: (e.currentTarget.value || undefined) as BoardSearch["region"] })}
        />
        <Select
          {...searchable}
          label={t("board.filters.solution")}
          data={(solutions.data ?? []).map((s) => ({ value: s.id, label: named(s) }))}
          value={values.solutionId ?? null}
          onChange={(solutionId) => onChange({ ...values, solutionId: solutionId ?? undefined })}
          error={failed(solutions, t("board.filters.solution"))}
        />
        <Select
          {...searchable}
          label={t("board.filters.leadAgency")}
          data={(agencies.data ?? []).map((o) => ({ value: o.id, label: named(o) }))}
          value={values.leadAgencyId ?? null}
          onChange={(leadAgencyId) => onChange({ ...values, leadAgencyId: leadAgencyId ?? undefined })}
          error={failed(agencies, t("board.filters.leadAgency"))}
        />
        <NativeSelect
          label={t("board.filters.status")}
          w={150}
          data={[
            ...projectStatuses.map((status) => ({ value: status, label: statusLabel(t, status) })),
            { value: anyStatus, label: t("board.filters.anyStatus") },
          ]}
          value={values.status}
          onChange={(e) => onChange({ ...values, status: e.currentTarget.value as BoardSearch["status"] })}
        />
        <Button
          variant="default"
          mt={25}
          onClick={() =>
            onChange({ status: defaultStatus, countryCode: undefined, region: undefined, solutionId: undefined, leadAgencyId: undefined })
          }
        >
          {t("board.filters.clear")}
        </Button>
      </Group>
    </form>
  );
}

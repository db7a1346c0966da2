import { Button, Group, NativeSelect, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../../api/client";
import { enumOptions } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import { organizationName, type Organization } from "../api/organizations";
import type { UserListSearch } from "../searchParams";

export type UserFilterValues = Pick<UserListSearch, "role" | "organizationId" | "status" | "q">;

interface UserFiltersProps {
  values: UserFilterValues;
  organizations: readonly Organization[];
  onChange: (values: UserFilterValues) => void;
}

/** Role, organization and status apply at once; the search text on Enter or "Apply". */
export function UserFilters({ values, organizations, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const any = { value: "", label: t("common.any") };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get("q") ?? "").trim();
    onChange({ ...values, q: q || undefined });
  };

  return (
    <form role="search" aria-label={t("admin.users.filters.label")} onSubmit={submit}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t("admin.users.filters.role")}
          value={values.role ?? ""}
          data={[any, ...enumOptions(t, "Role")]}
          onChange={(e) => onChange({ ...values, role: (e.currentTarget.value || undefined) as Schema<"Role"> | undefined })}
        />
        <NativeSelect
          label={t("admin.users.filters.organization")}
          value={values.organizationId ?? ""}
          data={[any, ...organizations.map((o) => ({ value: o.id, label: organizationName(o, language) }))]}
          onChange={(e) => onChange({ ...values, organizationId: e.currentTarget.value || undefined })}
          maw={320}
        />
        <NativeSelect
          label={t("admin.users.filters.status")}
          value={values.status ?? ""}
          data={[
            any,
            { value: "active", label: t("admin.users.filters.active") },
            { value: "disabled", label: t("admin.users.filters.disabled") },
          ]}
          onChange={(e) => onChange({ ...values, status: (e.currentTarget.value || undefined) as UserFilterValues["status"] })}
        />
        {/* Remounted when the URL changes, so back/forward show the URL's value. */}
        <Group key={values.q ?? ""} align="flex-end" gap="sm">
          <TextInput name="q" type="search" label={t("admin.users.filters.search")} defaultValue={values.q ?? ""} maxLength={100} />
          <Button type="submit">{t("admin.users.filters.apply")}</Button>
        </Group>
        <Button variant="subtle" onClick={() => onChange({ role: undefined, organizationId: undefined, status: undefined, q: undefined })}>
          {t("admin.users.filters.clear")}
        </Button>
      </Group>
    </form>
  );
}

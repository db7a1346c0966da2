import { Button, Group, NativeSelect, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../../api/client";
import { enumOptions } from "../../../i18n/enumLabels";
import { auditRecordTypes, type AuditListSearch, type AuditRecordType } from "../searchParams";

export type AuditFilterValues = Pick<AuditListSearch, "recordType" | "recordId" | "actor" | "action" | "from" | "to">;

interface AuditFiltersProps {
  values: AuditFilterValues;
  onChange: (values: AuditFilterValues) => void;
}

/** Record type and action apply at once; record id, actor and dates on Enter or "Apply". */
export function AuditFilters({ values, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const any = { value: "", label: t("common.any") };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    onChange({ ...values, recordId: text("recordId"), actor: text("actor"), from: text("from"), to: text("to") });
  };

  return (
    <form role="search" aria-label={t("admin.audit.filters.label")} onSubmit={submit}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t("admin.audit.filters.recordType")}
          value={values.recordType ?? ""}
          data={[any, ...auditRecordTypes.map((type) => ({ value: type, label: t(`audit.recordTypes.${type}`) }))]}
          onChange={(e) => onChange({ ...values, recordType: (e.currentTarget.value || undefined) as AuditRecordType | undefined })}
        />
        <NativeSelect
          label={t("admin.audit.filters.action")}
          value={values.action ?? ""}
          data={[any, ...enumOptions(t, "AuditAction")]}
          onChange={(e) => onChange({ ...values, action: (e.currentTarget.value || undefined) as Schema<"AuditAction"> | undefined })}
        />
        {/* Remounted when the URL changes, so back/forward show the URL's values. */}
        <Group key={[values.recordId, values.actor, values.from, values.to].join("|")} align="flex-end" gap="sm" wrap="wrap">
          <TextInput name="recordId" label={t("admin.audit.filters.recordId")} defaultValue={values.recordId ?? ""} maxLength={100} />
          <TextInput name="actor" label={t("admin.audit.filters.actor")} defaultValue={values.actor ?? ""} maxLength={256} />
          <TextInput name="from" type="date" label={t("admin.audit.filters.from")} defaultValue={values.from ?? ""} />
          <TextInput name="to" type="date" label={t("admin.audit.filters.to")} defaultValue={values.to ?? ""} />
          <Button type="submit">{t("admin.audit.filters.apply")}</Button>
        </Group>
        <Button
          variant="subtle"
          onClick={() => onChange({ recordType: undefined, recordId: undefined, actor: undefined, action: undefined, from: undefined, to: undefined })}
        >
          {t("admin.audit.filters.clear")}
        </Button>
      </Group>
    </form>
  );
}

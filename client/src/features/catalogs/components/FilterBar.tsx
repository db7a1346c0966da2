import { Button, Group, TextInput } from "@mantine/core";
import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface FilterBarProps {
  /** The accessible name of the search form. */
  label: string;
  searchLabel: string;
  q: string | undefined;
  /** Extra text filters, applied with the search text (by their `name`). */
  textFields?: { name: string; label: string; value: string | undefined; maxLength: number; width?: number; placeholder?: string }[];
  onSearch: (values: Record<string, string | undefined>) => void;
  onClear: () => void;
  /** The selects, which apply at once. */
  children?: ReactNode;
}

/** Selects apply at once; the text fields apply on Enter or "Apply". */
export function FilterBar({ label, searchLabel, q, textFields = [], onSearch, onClear, children }: FilterBarProps) {
  const { t } = useTranslation();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    onSearch(Object.fromEntries(["q", ...textFields.map((f) => f.name)].map((name) => [name, text(name)])));
  };

  // Remounted when the URL changes, so back/forward show the URL's values.
  const key = [q ?? "", ...textFields.map((f) => f.value ?? "")].join("|");

  return (
    <form role="search" aria-label={label} onSubmit={submit}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        {children}
        <Group key={key} align="flex-end" gap="sm" wrap="wrap">
          {textFields.map((field) => (
            <TextInput
              key={field.name}
              name={field.name}
              label={field.label}
              placeholder={field.placeholder}
              defaultValue={field.value ?? ""}
              maxLength={field.maxLength}
              w={field.width}
            />
          ))}
          <TextInput name="q" type="search" label={searchLabel} defaultValue={q ?? ""} maxLength={100} />
          <Button type="submit">{t("catalogs.filters.apply")}</Button>
        </Group>
        <Button variant="subtle" onClick={onClear}>
          {t("catalogs.filters.clear")}
        </Button>
      </Group>
    </form>
  );
}

import { ActionIcon, Alert, Badge, Button, Group, NativeSelect, NumberInput, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../../api/client";
import { isApiProblem } from "../../../api/problem";
import { fieldError, otherFieldErrors } from "../../../components/forms/fieldError";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { enumLabel, enumOptions } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import type { Project } from "../api/getProject";
import { localName, useOrganizations } from "../api/referenceData";
import { setConsortium } from "../api/setConsortium";
import { numberOrNull, type NumberValue } from "../projectForm";
import { useNames } from "./projectNames";
import { isStale, StaleVersionAlert } from "./staleVersion";
import { useProjectChanged } from "./useProjectChanged";

type Role = Schema<"ConsortiumRole">;
interface MemberRow {
  key: number;
  organizationId: string | null;
  role: Role;
  sharePercent: NumberValue;
}

let nextKey = 1;

/** The consortium (members, roles, shares, SME flags) and the SME share; editable for those who may. */
export function ConsortiumSection({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useNames();
  const [editing, setEditing] = useState(false);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="consortium-heading">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} id="consortium-heading" size="h3">
            {t("projects.consortium.title")}
          </Title>
          {canEdit && !editing && (
            <Button variant="light" onClick={() => setEditing(true)}>
              {t("projects.consortium.edit")}
            </Button>
          )}
        </Group>
        <Text>
          {t("projects.consortium.smeShare", { share: format.number(project.smeSharePercent, { maximumFractionDigits: 1 }) })}
        </Text>
        {editing ? (
          <ConsortiumEditor project={project} onDone={() => setEditing(false)} />
        ) : project.consortium.length === 0 ? (
          <Text c="dimmed">{t("projects.consortium.empty")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table>
              <Table.Caption>{t("projects.consortium.caption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("projects.consortium.organization")}</Table.Th>
                  <Table.Th>{t("projects.consortium.role")}</Table.Th>
                  <Table.Th style={{ textAlign: "end" }}>{t("projects.consortium.share")}</Table.Th>
                  <Table.Th>{t("projects.consortium.size")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {project.consortium.map((member) => (
                  <Table.Tr key={member.organizationId}>
                    <Table.Td>{names.organization(member.organizationId)}</Table.Td>
                    <Table.Td>{enumLabel(t, "ConsortiumRole", member.role)}</Table.Td>
                    <Table.Td style={{ textAlign: "end" }}>{format.number(member.sharePercent, { maximumFractionDigits: 2 })}%</Table.Td>
                    <Table.Td>
                      {member.isSme ? (
                        <Badge variant="outline" color="teal.9">
                          {enumLabel(t, "CompanySize", "Sme")}
                        </Badge>
                      ) : (
                        enumLabel(t, "CompanySize", "Large")
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

function ConsortiumEditor({ project, onDone }: { project: Project; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const companies = useOrganizations("KoreanCompany");
  const projectChanged = useProjectChanged(project.id);
  const [version, setVersion] = useState(project.version);
  const [rows, setRows] = useState<MemberRow[]>(() =>
    project.consortium.map((m) => ({ key: nextKey++, organizationId: m.organizationId, role: m.role, sharePercent: m.sharePercent })),
  );

  const save = useMutation({
    mutationFn: () =>
      setConsortium(project.id, version, {
        members: rows.map((r) => ({ organizationId: r.organizationId, role: r.role, sharePercent: numberOrNull(r.sharePercent) })),
      }),
    onSuccess: (saved) => {
      projectChanged(saved);
      onDone();
    },
  });

  const update = (key: number, change: Partial<MemberRow>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const error = save.error;
  const shownPaths = rows.flatMap((_, i) => [`members[${i}].organizationId`, `members[${i}].role`, `members[${i}].sharePercent`]);
  const others = otherFieldErrors(error, shownPaths);
  const companyOptions = (companies.data ?? []).map((o) => ({
    value: o.id,
    label: `${localName(o, language)}${o.size ? ` (${enumLabel(t, "CompanySize", o.size)})` : ""}`,
  }));

  return (
    <form onSubmit={submit} aria-label={t("projects.consortium.formLabel")} noValidate>
      <Stack gap="sm">
        {isStale(error) ? (
          <StaleVersionAlert
            projectId={project.id}
            onLoaded={(current) => {
              projectChanged(current);
              setVersion(current.version);
              save.reset();
            }}
          />
        ) : isApiProblem(error) && error.status === 400 ? (
          others.length > 0 && (
            <Alert color="red" variant="light" role="alert" title={t("projects.edit.saveFailed")}>
              {others.join(" ")}
            </Alert>
          )
        ) : (
          error && <ProblemAlert error={error} title={t("projects.edit.saveFailed")} />
        )}
        {rows.length === 0 && <Text c="dimmed">{t("projects.consortium.empty")}</Text>}
        {rows.map((row, index) => (
          <Group key={row.key} align="flex-start" gap="sm" wrap="wrap" role="group" aria-label={t("projects.consortium.member", { n: index + 1 })}>
            <Select
              label={t("projects.consortium.organization")}
              searchable
              required
              w={280}
              value={row.organizationId}
              data={companyOptions}
              onChange={(organizationId) => update(row.key, { organizationId })}
              error={fieldError(error, `members[${index}].organizationId`)}
            />
            <NativeSelect
              label={t("projects.consortium.role")}
              value={row.role}
              data={enumOptions(t, "ConsortiumRole")}
              onChange={(e) => update(row.key, { role: e.currentTarget.value as Role })}
              error={fieldError(error, `members[${index}].role`)}
            />
            <NumberInput
              label={t("projects.consortium.share")}
              required
              min={0}
              max={100}
              suffix="%"
              w={130}
              value={row.sharePercent}
              onChange={(sharePercent) => update(row.key, { sharePercent })}
              error={fieldError(error, `members[${index}].sharePercent`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              size="lg"
              aria-label={t("projects.consortium.remove", { n: index + 1 })}
              onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Group gap="sm">
          <Button
            variant="default"
            onClick={() => setRows((all) => [...all, { key: nextKey++, organizationId: null, role: all.length === 0 ? "Prime" : "Partner", sharePercent: "" }])}
          >
            {t("projects.consortium.add")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
          <Button variant="subtle" onClick={onDone} disabled={save.isPending}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

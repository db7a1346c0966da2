import { Badge, Button, Group, NativeSelect, NumberInput, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../../api/client";
import { fieldError } from "../../../components/forms/fieldError";
import { enumLabel, enumOptions } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import type { Project } from "../api/getProject";
import { localName, useOrganizations } from "../api/referenceData";
import { setConsortium } from "../api/setConsortium";
import { numberOrNull, type NumberValue } from "../projectForm";
import { useNames } from "./projectNames";
import { useEditorSave } from "./editorSave";
import { RowsEditor, useRows } from "./RowsEditor";

type Role = Schema<"ConsortiumRole">;
interface MemberRow {
  organizationId: string | null;
  role: Role;
  sharePercent: NumberValue;
}

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
  const { rows, update, remove, add } = useRows<MemberRow>(() =>
    project.consortium.map((m) => ({ organizationId: m.organizationId, role: m.role, sharePercent: m.sharePercent })),
  );
  const editor = useEditorSave(
    project,
    (version) =>
      setConsortium(project.id, version, {
        members: rows.map((r) => ({ organizationId: r.organizationId, role: r.role, sharePercent: numberOrNull(r.sharePercent) })),
      }),
    onDone,
  );
  const { error } = editor;
  const companyOptions = (companies.data ?? []).map((o) => ({
    value: o.id,
    label: `${localName(o, language)}${o.size ? ` (${enumLabel(t, "CompanySize", o.size)})` : ""}`,
  }));

  return (
    <RowsEditor
      project={project}
      editor={editor}
      label={t("projects.consortium.formLabel")}
      rows={rows}
      shownPaths={rows.flatMap((_, i) => [`members[${i}].organizationId`, `members[${i}].role`, `members[${i}].sharePercent`])}
      empty={t("projects.consortium.empty")}
      rowLabel={(n) => t("projects.consortium.member", { n })}
      removeLabel={(n) => t("projects.consortium.remove", { n })}
      onRemove={remove}
      addLabel={t("projects.consortium.add")}
      onAdd={() => add((all) => ({ organizationId: null, role: all.length === 0 ? "Prime" : "Partner", sharePercent: "" }))}
      onCancel={onDone}
    >
      {(row, index) => (
        <>
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
        </>
      )}
    </RowsEditor>
  );
}

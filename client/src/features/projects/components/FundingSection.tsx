import { Button, Group, NativeSelect, NumberInput, Paper, Progress, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../../api/client";
import { fieldError } from "../../../components/forms/fieldError";
import { enumLabel, enumOptions } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import type { Project } from "../api/getProject";
import { setFunding } from "../api/setFunding";
import { numberOrNull, type NumberValue } from "../projectForm";
import { useMoneyIn } from "./projectNames";
import { useEditorSave } from "./editorSave";
import { RowsEditor, useRows } from "./RowsEditor";

type SourceKind = Schema<"FundingSourceKind">;
interface SourceRow {
  source: SourceKind;
  amount: NumberValue;
}

/** How much of the contract's value the funding covers, in percent; null before a contract. */
export function fundingCoverage(project: Pick<Project, "contract" | "fundingTotal">): number | null {
  if (!project.contract || project.contract.value <= 0) {
    return null;
  }
  return (project.fundingTotal / project.contract.value) * 100;
}

/** The funding sources, their total and how much of the contract they cover; editable for those who may. */
export function FundingSection({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const moneyIn = useMoneyIn();
  const [editing, setEditing] = useState(false);
  const currency = project.contract?.currency ?? "USD";
  const coverage = fundingCoverage(project);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="funding-heading">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} id="funding-heading" size="h3">
            {t("projects.funding.title")}
          </Title>
          {canEdit && !editing && (
            <Button variant="light" onClick={() => setEditing(true)}>
              {t("projects.funding.edit")}
            </Button>
          )}
        </Group>
        <Text>{t("projects.funding.total", { total: moneyIn(project.fundingTotal, currency) })}</Text>
        {coverage === null ? (
          <Text c="dimmed">{t("projects.funding.noContract")}</Text>
        ) : (
          <Stack gap={4}>
            <Text size="sm" id="funding-coverage-label">
              {t("projects.funding.coverage", {
                percent: format.number(coverage, { maximumFractionDigits: 1 }),
                value: moneyIn(project.contract!.value, project.contract!.currency),
              })}
            </Text>
            {/* The progressbar role is on the section, so that is where its name goes. */}
            <Progress.Root size="lg">
              <Progress.Section
                value={Math.min(coverage, 100)}
                color={coverage >= 100 ? "teal" : "orange"}
                aria-labelledby="funding-coverage-label"
              />
            </Progress.Root>
          </Stack>
        )}
        {editing ? (
          <FundingEditor project={project} onDone={() => setEditing(false)} />
        ) : project.funding.length === 0 ? (
          <Text c="dimmed">{t("projects.funding.empty")}</Text>
        ) : (
          <Table>
            <Table.Caption>{t("projects.funding.caption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("projects.funding.source")}</Table.Th>
                <Table.Th style={{ textAlign: "end" }}>{t("projects.funding.amount")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {project.funding.map((source, index) => (
                <Table.Tr key={index}>
                  <Table.Td>{enumLabel(t, "FundingSourceKind", source.source)}</Table.Td>
                  <Table.Td style={{ textAlign: "end" }}>{moneyIn(source.amount, currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

function FundingEditor({ project, onDone }: { project: Project; onDone: () => void }) {
  const { t } = useTranslation();
  const { rows, update, remove, add } = useRows<SourceRow>(() => project.funding.map((f) => ({ source: f.source, amount: f.amount })));
  const editor = useEditorSave(
    project,
    (version) => setFunding(project.id, version, { sources: rows.map((r) => ({ source: r.source, amount: numberOrNull(r.amount) })) }),
    onDone,
  );
  const { error } = editor;

  return (
    <RowsEditor
      project={project}
      editor={editor}
      label={t("projects.funding.formLabel")}
      rows={rows}
      shownPaths={rows.flatMap((_, i) => [`sources[${i}].source`, `sources[${i}].amount`])}
      empty={t("projects.funding.empty")}
      rowLabel={(n) => t("projects.funding.sourceN", { n })}
      removeLabel={(n) => t("projects.funding.remove", { n })}
      onRemove={remove}
      addLabel={t("projects.funding.add")}
      onAdd={() => add(() => ({ source: "PartnerBudget", amount: "" }))}
      onCancel={onDone}
    >
      {(row, index) => (
        <>
          <NativeSelect
            label={t("projects.funding.source")}
            value={row.source}
            data={enumOptions(t, "FundingSourceKind")}
            onChange={(e) => update(row.key, { source: e.currentTarget.value as SourceKind })}
            error={fieldError(error, `sources[${index}].source`)}
          />
          <NumberInput
            label={t("projects.funding.amount")}
            required
            min={0}
            thousandSeparator=","
            w={200}
            value={row.amount}
            onChange={(amount) => update(row.key, { amount })}
            error={fieldError(error, `sources[${index}].amount`)}
          />
        </>
      )}
    </RowsEditor>
  );
}

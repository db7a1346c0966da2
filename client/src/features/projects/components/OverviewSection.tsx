import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { enumLabel } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import type { Project } from "../api/getProject";
import { ProjectEditForm } from "./ProjectEditForm";
import { leadAgencyNameOf, ownerNameOf, useMoneyIn, useNames } from "./projectNames";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** The project's fields, and the form to edit them for those who may. */
export function OverviewSection({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const names = useNames();
  const moneyIn = useMoneyIn();
  const [editing, setEditing] = useState(false);
  const none = "—";

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="overview-heading">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} id="overview-heading" size="h3">
            {t("projects.detail.overview")}
          </Title>
          {canEdit && !editing && (
            <Button variant="light" onClick={() => setEditing(true)}>
              {t("projects.edit.button")}
            </Button>
          )}
        </Group>
        {editing ? (
          <ProjectEditForm project={project} onDone={() => setEditing(false)} />
        ) : (
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" m={0}>
            <Field label={t("projects.fields.country")}>
              {format.country(project.countryCode)} ({project.countryCode})
            </Field>
            <Field label={t("projects.fields.leadAgency")}>{leadAgencyNameOf(project, names.organization, i18n.resolvedLanguage ?? i18n.language)}</Field>
            <Field label={t("projects.fields.owner")}>{ownerNameOf(project) ?? none}</Field>
            <Field label={t("projects.fields.solutions")}>
              {project.solutionIds.length === 0 ? none : project.solutionIds.map(names.solution).join(", ")}
            </Field>
            <Field label={t("projects.fields.estimatedValueUsd")}>
              {format.money(project.estimatedValueUsd, "USD")}
              {project.originalAmount != null && project.originalCurrency && project.originalCurrency !== "USD" && (
                <Text span c="dimmed" size="sm">
                  {" "}
                  ({moneyIn(project.originalAmount, project.originalCurrency)})
                </Text>
              )}
            </Field>
            <Field label={t("projects.fields.probability")}>{format.number(project.probability)}%</Field>
            <Field label={t("projects.fields.expectedDecisionOn")}>
              {project.expectedDecisionOn ? format.date(project.expectedDecisionOn) : none}
            </Field>
            <Field label={t("projects.fields.stageEnteredAt")}>{format.date(project.stageEnteredAt)}</Field>
            <Field label={t("projects.fields.tags")}>
              {project.tags.length === 0 ? (
                none
              ) : (
                <Group component="span" gap={4}>
                  {project.tags.map((tag) => (
                    <Badge key={tag} variant="outline" size="sm" tt="none">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              )}
            </Field>
            <Field label={t("projects.fields.inquiryChannel")}>{enumLabel(t, "InquiryChannel", project.inquiry.channel)}</Field>
            <Field label={t("projects.fields.inquiryReceivedOn")}>{format.date(project.inquiry.receivedOn)}</Field>
            <Field label={t("projects.fields.requestingOrganization")}>
              {names.organization(project.inquiry.requestingOrganizationId)}
            </Field>
            <Field label={t("projects.fields.requestedAreas")}>
              {project.inquiry.requestedAreas.length === 0 ? none : project.inquiry.requestedAreas.join(", ")}
            </Field>
            <Field label={t("projects.fields.createdAt")}>{format.date(project.createdAt)}</Field>
            <Field label={t("projects.fields.updatedAt")}>{format.date(project.updatedAt)}</Field>
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}

import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../../api/client";
import { LoadingState } from "../../../components/LoadingState";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { enumLabel, stageLabel, statusLabel } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import type { Project } from "../api/getProject";
import { useProjectTransitions } from "../api/getProjectTransitions";
import { useMoneyIn, useNames } from "./projectNames";

type Formatter = (value: unknown, data: Record<string, unknown>) => string;

/** The gate data's fields, by the name the API records them under, with their label and format. */
function useGateFields(): Record<string, { label: string; format: Formatter }> {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useNames();
  const moneyIn = useMoneyIn();
  const text: Formatter = (v) => (Array.isArray(v) ? v.map(String).join(", ") : String(v ?? "—"));
  const date: Formatter = (v) => (typeof v === "string" ? format.date(v) : text(v, {}));
  const org: Formatter = (v) => names.organization(typeof v === "string" ? v : null);
  const enumOf =
    (name: "InquiryChannel" | "ConsultingType" | "CostBearer"): Formatter =>
    (v) =>
      typeof v === "string" ? enumLabel(t, name, v as never) : text(v, {});
  return {
    channel: { label: t("projects.gate.channel"), format: enumOf("InquiryChannel") },
    receivedOn: { label: t("projects.gate.receivedOn"), format: date },
    requestingOrganizationId: { label: t("projects.gate.requestingOrganization"), format: org },
    requestedAreas: { label: t("projects.gate.requestedAreas"), format: text },
    type: { label: t("projects.gate.consultingType"), format: enumOf("ConsultingType") },
    plannedRounds: { label: t("projects.gate.plannedRounds"), format: (v) => (typeof v === "number" ? format.number(v) : text(v, {})) },
    costBearer: { label: t("projects.gate.costBearer"), format: enumOf("CostBearer") },
    startOn: { label: t("projects.gate.startOn"), format: date },
    koreanSignatory: { label: t("projects.gate.koreanSignatory"), format: text },
    partnerSignatory: { label: t("projects.gate.partnerSignatory"), format: text },
    signedOn: { label: t("projects.gate.signedOn"), format: date },
    scope: { label: t("projects.gate.scope"), format: text },
    expiresOn: { label: t("projects.gate.expiresOn"), format: date },
    number: { label: t("projects.gate.contractNumber"), format: text },
    value: {
      label: t("projects.gate.contractValue"),
      format: (v, data) => (typeof v === "number" ? moneyIn(v, typeof data.currency === "string" ? data.currency : "USD") : text(v, {})),
    },
    currency: { label: t("projects.gate.currency"), format: text },
    primeContractorId: { label: t("projects.gate.primeContractor"), format: org },
    endOn: { label: t("projects.gate.endOn"), format: date },
    acceptedOn: { label: t("projects.gate.acceptedOn"), format: date },
    supportEndsOn: { label: t("projects.gate.supportEndsOn"), format: date },
    annualValueUsd: { label: t("projects.gate.annualValueUsd"), format: (v) => (typeof v === "number" ? format.money(v, "USD") : text(v, {})) },
  };
}

function GateData({ data }: { data: unknown }) {
  const fields = useGateFields();
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return null;
  }
  const record = data as Record<string, unknown>;
  const entries = Object.entries(record).filter(([key, v]) => v !== null && v !== undefined && key !== "currency");
  if (entries.length === 0) return null;
  return (
    <Group component="dl" gap="lg" m={0} align="flex-start">
      {entries.map(([key, value]) => (
        <div key={key}>
          <Text component="dt" size="xs" c="dimmed">
            {fields[key]?.label ?? key}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {fields[key] ? fields[key].format(value, record) : typeof value === "object" ? JSON.stringify(value) : String(value)}
          </Text>
        </div>
      ))}
    </Group>
  );
}

type StatusChange = Schema<"StatusChange">;

/** Every stage transition (who, when, why, skipped, gate data) and every change of status. */
export function TimelineSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const format = useFormat();
  const transitions = useProjectTransitions(project.id);
  const when = (value: string) => format.date(value, { dateStyle: "medium", timeStyle: "short" });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="timeline-heading">
      <Stack gap="md">
        <Title order={2} id="timeline-heading" size="h3">
          {t("projects.timeline.title")}
        </Title>
        {transitions.isPending ? (
          <LoadingState />
        ) : transitions.isError ? (
          <ProblemAlert error={transitions.error} title={t("projects.timeline.loadFailed")} onRetry={() => void transitions.refetch()} />
        ) : transitions.data.length === 0 ? (
          <Text>{t("projects.timeline.empty")}</Text>
        ) : (
          <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("projects.timeline.stages")}>
            {transitions.data.map((transition, index) => (
              <Paper component="li" key={index} withBorder p="sm" radius="sm">
                <Stack gap={6}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600}>
                      {transition.from
                        ? t("projects.timeline.moved", { from: stageLabel(t, transition.from), to: stageLabel(t, transition.to) })
                        : t("projects.timeline.opened", { to: stageLabel(t, transition.to) })}
                    </Text>
                    {transition.skipped && (
                      <Badge color="orange.9" variant="outline">
                        {t("projects.timeline.skipped")}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {t("projects.timeline.byOn", { who: transition.who, when: when(transition.when) })}
                  </Text>
                  {transition.reason && <Text size="sm">{t("projects.timeline.reason", { reason: transition.reason })}</Text>}
                  <GateData data={transition.gateData} />
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
        <Title order={3} size="h4">
          {t("projects.timeline.statusHistory")}
        </Title>
        {project.statusHistory.length === 0 ? (
          <Text size="sm">{t("projects.timeline.noStatusChanges")}</Text>
        ) : (
          <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("projects.timeline.statusHistory")}>
            {project.statusHistory.map((change: StatusChange, index) => (
              <Paper component="li" key={index} withBorder p="sm" radius="sm">
                <Text fw={600} size="sm">
                  {t("projects.timeline.statusChanged", { from: statusLabel(t, change.from), to: statusLabel(t, change.to) })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t("projects.timeline.byOn", { who: change.who, when: when(change.when) })}
                </Text>
                {change.reason && <Text size="sm">{t("projects.timeline.reason", { reason: change.reason })}</Text>}
                {change.lossReason && (
                  <Text size="sm">
                    {t("projects.timeline.lossReason", { reason: enumLabel(t, "LossReason", change.lossReason) })}
                    {change.lostToCountryCode && ` · ${t("projects.timeline.lostTo", { country: format.country(change.lostToCountryCode) })}`}
                  </Text>
                )}
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

import { BarChart, CompositeChart, DonutChart } from "@mantine/charts";
import { Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { enumLabel, stageLabel } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import { useByRegion, useBySolution, useContractsByYear, usePipeline, useSmeShare } from "../api/dashboard";
import { ChartCard } from "../components/ChartCard";

const chartHeight = 260;

/** /dashboard: the whole pipeline in figures — by stage, year, region and solution, and the SMEs' share. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const pipeline = usePipeline();
  const years = useContractsByYear();
  const regions = useByRegion();
  const solutions = useBySolution();
  const sme = useSmeShare();
  const usd = (value: number) => format.moneyCompact(value, "USD");
  const korean = i18n.resolvedLanguage === "ko";

  const stageRows = pipeline.data?.stages.map((s) => ({ ...s, label: stageLabel(t, s.stage) }));
  const regionRows = regions.data?.map((r) => ({ ...r, label: enumLabel(t, "Region", r.region) }));
  const solutionRows = solutions.data?.slice(0, 10).map((s) => ({ ...s, label: (korean && s.nameKo) || s.name }));
  const yearRows = years.data?.map((y) => ({ ...y, label: String(y.year) }));
  const smeParts = sme.data
    ? [
        { name: t("dashboard.sme.smes"), value: sme.data.smeValueUsd, color: "teal.7" },
        { name: t("dashboard.sme.others"), value: Math.max(0, sme.data.contractedValueUsd - sme.data.smeValueUsd), color: "gray.5" },
      ]
    : undefined;

  const series = {
    count: { name: "count", label: t("dashboard.series.count"), color: "blue.7" },
    value: { name: "valueUsd", label: t("dashboard.series.value"), color: "blue.7" },
    weighted: { name: "weightedValueUsd", label: t("dashboard.series.weighted"), color: "orange.7" },
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t("dashboard.title")}</Title>

      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} aria-label={t("dashboard.headlines")} component="section">
        <Headline label={t("dashboard.kpi.openProjects")} value={pipeline.data && format.number(pipeline.data.count)} />
        <Headline label={t("dashboard.kpi.pipelineValue")} value={pipeline.data && usd(pipeline.data.valueUsd)} />
        <Headline label={t("dashboard.kpi.weightedForecast")} value={pipeline.data && usd(pipeline.data.weightedValueUsd)} />
        <Headline label={t("dashboard.kpi.smeShare")} value={sme.data && format.percent(sme.data.smeSharePercent)} />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ChartCard
          title={t("dashboard.byStage.countTitle")}
          query={pipeline}
          rows={stageRows}
          rowKey={(r) => r.stage}
          columns={[
            { label: t("dashboard.columns.stage"), value: (r) => r.label },
            { label: t("dashboard.series.count"), value: (r) => format.number(r.count), numeric: true },
          ]}
        >
          <BarChart
            h={chartHeight}
            data={stageRows ?? []}
            dataKey="label"
            series={[series.count]}
            valueFormatter={(v) => format.number(v)}
            yAxisProps={{ allowDecimals: false }}
          />
        </ChartCard>

        <ChartCard
          title={t("dashboard.byStage.valueTitle")}
          description={t("dashboard.byStage.valueDescription")}
          query={pipeline}
          rows={stageRows}
          rowKey={(r) => r.stage}
          columns={[
            { label: t("dashboard.columns.stage"), value: (r) => r.label },
            { label: t("dashboard.series.value"), value: (r) => format.money(r.valueUsd, "USD"), numeric: true },
            { label: t("dashboard.series.weighted"), value: (r) => format.money(r.weightedValueUsd, "USD"), numeric: true },
          ]}
        >
          <BarChart h={chartHeight} data={stageRows ?? []} dataKey="label" series={[series.value, series.weighted]} valueFormatter={usd} withLegend />
        </ChartCard>

        <ChartCard
          title={t("dashboard.byYear.title")}
          description={t("dashboard.byYear.description")}
          query={years}
          rows={yearRows}
          rowKey={(r) => r.year}
          columns={[
            { label: t("dashboard.columns.year"), value: (r) => r.label },
            { label: t("dashboard.series.contracted"), value: (r) => format.money(r.contractedValueUsd, "USD"), numeric: true },
            { label: t("dashboard.series.official"), value: (r) => (r.officialValueUsd == null ? "—" : format.money(r.officialValueUsd, "USD")), numeric: true },
            { label: t("dashboard.series.target"), value: (r) => (r.targetValueUsd == null ? "—" : format.money(r.targetValueUsd, "USD")), numeric: true },
          ]}
        >
          <CompositeChart
            h={chartHeight}
            data={yearRows ?? []}
            dataKey="label"
            valueFormatter={usd}
            withLegend
            connectNulls
            series={[
              { name: "contractedValueUsd", label: t("dashboard.series.contracted"), color: "blue.7", type: "bar" },
              { name: "officialValueUsd", label: t("dashboard.series.official"), color: "teal.7", type: "line" },
              { name: "targetValueUsd", label: t("dashboard.series.target"), color: "red.7", type: "line" },
            ]}
          />
        </ChartCard>

        <ChartCard
          title={t("dashboard.byRegion.title")}
          query={regions}
          rows={regionRows}
          rowKey={(r) => r.region}
          columns={[
            { label: t("dashboard.columns.region"), value: (r) => r.label },
            { label: t("dashboard.series.count"), value: (r) => format.number(r.count), numeric: true },
            { label: t("dashboard.series.value"), value: (r) => format.money(r.valueUsd, "USD"), numeric: true },
            { label: t("dashboard.series.weighted"), value: (r) => format.money(r.weightedValueUsd, "USD"), numeric: true },
          ]}
        >
          <BarChart h={chartHeight} data={regionRows ?? []} dataKey="label" series={[series.value, series.weighted]} valueFormatter={usd} withLegend />
        </ChartCard>

        <ChartCard
          title={t("dashboard.bySolution.title")}
          description={t("dashboard.bySolution.description")}
          query={solutions}
          rows={solutionRows}
          rowKey={(r) => r.solutionId}
          columns={[
            { label: t("dashboard.columns.solution"), value: (r) => r.label },
            { label: t("dashboard.series.count"), value: (r) => format.number(r.count), numeric: true },
            { label: t("dashboard.series.value"), value: (r) => format.money(r.valueUsd, "USD"), numeric: true },
          ]}
        >
          <BarChart
            h={Math.max(chartHeight, (solutionRows?.length ?? 0) * 32)}
            data={solutionRows ?? []}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 160 }}
            series={[series.value]}
            valueFormatter={usd}
          />
        </ChartCard>

        <ChartCard
          title={t("dashboard.sme.title")}
          description={t("dashboard.sme.description")}
          query={sme}
          rows={sme.data && sme.data.contractCount > 0 ? sme.data.byYear : []}
          rowKey={(r) => r.year}
          columns={[
            { label: t("dashboard.columns.year"), value: (r) => String(r.year) },
            { label: t("dashboard.series.contracted"), value: (r) => format.money(r.contractedValueUsd, "USD"), numeric: true },
            { label: t("dashboard.sme.smes"), value: (r) => format.money(r.smeValueUsd, "USD"), numeric: true },
            { label: t("dashboard.sme.share"), value: (r) => format.percent(r.smeSharePercent), numeric: true },
          ]}
        >
          <Group justify="center">
            <DonutChart
              data={smeParts ?? []}
              size={200}
              thickness={32}
              chartLabel={sme.data ? format.percent(sme.data.smeSharePercent) : undefined}
              valueFormatter={usd}
              withLabelsLine={false}
              tooltipDataSource="segment"
            />
            <Stack gap={4}>
              {smeParts?.map((part) => (
                <Text key={part.name} size="sm">
                  {part.name}: {usd(part.value)}
                </Text>
              ))}
            </Stack>
          </Group>
        </ChartCard>
      </SimpleGrid>
    </Stack>
  );
}

function Headline({ label, value }: { label: string; value: string | undefined }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value ?? "…"}
      </Text>
    </Paper>
  );
}

import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { changeLanguage } from "../../../i18n";
import { jsonResponse, mockFetch } from "../../../test/http";
import { renderRoutes } from "../../../test/render";
import type { ContractYear, PipelineSummary, RegionTotal, SmeShare, SolutionTotal } from "../api/dashboard";
import { DashboardPage } from "./DashboardPage";

const pipeline: PipelineSummary = {
  stages: [
    { stage: "Inquiry", count: 4, valueUsd: 8_000_000, weightedValueUsd: 800_000 },
    { stage: "Consulting", count: 2, valueUsd: 5_000_000, weightedValueUsd: 1_250_000 },
    { stage: "Mou", count: 1, valueUsd: 12_500_000, weightedValueUsd: 6_250_000 },
    { stage: "Contract", count: 0, valueUsd: 0, weightedValueUsd: 0 },
    { stage: "Maintenance", count: 1, valueUsd: 3_000_000, weightedValueUsd: 3_000_000 },
  ],
  count: 8,
  valueUsd: 28_500_000,
  weightedValueUsd: 11_300_000,
};
const years: ContractYear[] = [
  { year: 2023, contractCount: 1, contractedValueUsd: 20_000_000, officialValueUsd: 350_000_000, targetValueUsd: 400_000_000 },
  { year: 2024, contractCount: 0, contractedValueUsd: 0, officialValueUsd: null, targetValueUsd: 450_000_000 },
];
const regions: RegionTotal[] = [
  { region: "Africa", count: 3, valueUsd: 9_000_000, weightedValueUsd: 2_000_000 },
  { region: "AsiaPacific", count: 5, valueUsd: 19_500_000, weightedValueUsd: 9_300_000 },
];
const solutions: SolutionTotal[] = [
  { solutionId: "s1", code: "UNI-PASS", name: "UNI-PASS Electronic Customs Clearance", nameKo: "전자통관시스템(UNI-PASS)", count: 3, valueUsd: 15_000_000 },
];
const sme: SmeShare = {
  contractCount: 2,
  contractedValueUsd: 20_000_000,
  smeValueUsd: 5_000_000,
  smeSharePercent: 25,
  byYear: [{ year: 2023, contractedValueUsd: 20_000_000, smeValueUsd: 5_000_000, smeSharePercent: 25 }],
};

function serve(overrides: Record<string, Response> = {}) {
  const bodies: Record<string, unknown> = {
    "/api/v1/dashboard/pipeline": pipeline,
    "/api/v1/dashboard/contracts-by-year": years,
    "/api/v1/dashboard/by-region": regions,
    "/api/v1/dashboard/by-solution": solutions,
    "/api/v1/dashboard/sme-share": sme,
  };
  return mockFetch((request) => {
    const { pathname } = new URL(request.url);
    return overrides[pathname] ?? jsonResponse(bodies[pathname] ?? {}, { status: bodies[pathname] ? 200 : 404 });
  });
}

const renderPage = () => renderRoutes([{ path: "/dashboard", element: <DashboardPage /> }], "/dashboard");

function figure(name: string) {
  return screen.getByRole("figure", { name });
}

describe("DashboardPage", () => {
  it("shows the headline figures and a chart per question, with the numbers behind each", async () => {
    const { requests } = serve();
    renderPage();

    const headlines = screen.getByRole("region", { name: "Headline figures" });
    expect(await within(headlines).findByText("$28.5M")).toBeInTheDocument();
    expect(within(headlines).getByText("$11.3M")).toBeInTheDocument();
    expect(await within(headlines).findByText("25%")).toBeInTheDocument();
    expect(new Set(requests.map((r) => new URL(r.url).pathname)).size).toBe(5);

    for (const title of [
      "Open projects by stage",
      "Pipeline value and weighted forecast by stage",
      "Contracted value per year",
      "Open pipeline by region",
      "Open pipeline by solution",
      "SME share of contracted value",
    ]) {
      expect(await screen.findByRole("figure", { name: title })).toBeInTheDocument();
    }

    const byStage = within(figure("Pipeline value and weighted forecast by stage")).getByRole("table");
    const mou = within(byStage).getByRole("row", { name: /MOU/ });
    expect(mou).toHaveTextContent("$12,500,000");
    expect(mou).toHaveTextContent("$6,250,000");

    const byYear = within(figure("Contracted value per year")).getByRole("table");
    expect(within(byYear).getByRole("row", { name: /2023/ })).toHaveTextContent("$350,000,000");
    expect(within(byYear).getByRole("row", { name: /2024/ })).toHaveTextContent("—");

    expect(within(figure("Open pipeline by region")).getByRole("row", { name: /Asia-Pacific/ })).toHaveTextContent("$19,500,000");
    expect(within(figure("Open pipeline by solution")).getByRole("row", { name: /UNI-PASS Electronic/ })).toBeInTheDocument();
  });

  it("follows the language: Korean labels, solution names and number formats", async () => {
    serve();
    await changeLanguage("ko");
    renderPage();

    expect(await screen.findByRole("heading", { name: "대시보드", level: 1 })).toBeInTheDocument();
    expect(await screen.findByText("US$2850만")).toBeInTheDocument();
    const bySolution = await screen.findByRole("figure", { name: "솔루션별 진행 중인 파이프라인" });
    expect(within(bySolution).getByRole("row", { name: /전자통관시스템/ })).toBeInTheDocument();
    expect(within(screen.getByRole("figure", { name: "지역별 진행 중인 파이프라인" })).getByRole("row", { name: /아시아·태평양/ })).toBeInTheDocument();
  });

  it("shows a failed figure as an error with a retry, and the others still", async () => {
    serve({
      "/api/v1/dashboard/by-region": jsonResponse({ title: "Service unavailable", status: 503 }, { status: 503, contentType: "application/problem+json" }),
    });
    renderPage();

    const region = await screen.findByRole("figure", { name: "Open pipeline by region" });
    expect(await within(region).findByRole("alert")).toHaveTextContent("Service unavailable");
    expect(within(region).getByRole("button", { name: "Try again" })).toBeInTheDocument();
    expect(await within(figure("Open projects by stage")).findByRole("table")).toBeInTheDocument();
  });
});

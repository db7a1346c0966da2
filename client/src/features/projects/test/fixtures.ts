import type { Schema } from "../../../api/client";
import { jsonResponse, mockFetch } from "../../../test/http";
import { moveOptionsFor } from "../../../test/moveOptions";

export { projectSummary } from "../../../test/projectSummary";
import type { Project } from "../api/getProject";

export const ids = {
  project: "11111111-1111-4111-8111-111111111111",
  previous: "22222222-2222-4222-8222-222222222222",
  follower: "33333333-3333-4333-8333-333333333333",
  nia: "44444444-4444-4444-8444-444444444444",
  kcs: "44444444-4444-4444-8444-444444444445",
  samsung: "55555555-5555-4555-8555-555555555555",
  smeSoft: "55555555-5555-4555-8555-555555555556",
  kenyaIct: "66666666-6666-4666-8666-666666666666",
  konepsSolution: "77777777-7777-4777-8777-777777777777",
  unipassSolution: "77777777-7777-4777-8777-777777777778",
};

/**
 * What the API offers a project with this status and stage (the domain's StatusOptions), so a fixture
 * that is closed or in Maintenance offers what the real answer would.
 */
function statusOptionsFor(status: Project["status"], stage: Project["stage"]): Project["statusOptions"] {
  if (status === "Lost" || status === "Withdrawn" || status === "Completed") {
    return [{ status: "Active", reasonRequired: true, reopens: true }];
  }
  return [
    status === "OnHold" ? { status: "Active", reasonRequired: false, reopens: false } : { status: "OnHold", reasonRequired: false, reopens: false },
    { status: "Lost", reasonRequired: true, reopens: false },
    { status: "Withdrawn", reasonRequired: true, reopens: false },
    ...(stage === "Maintenance" ? [{ status: "Completed" as const, reasonRequired: false, reopens: false }] : []),
  ];
}

export function project(overrides: Partial<Project> = {}): Project {
  return {
    statusOptions: statusOptionsFor(overrides.status ?? "Active", overrides.stage ?? "Contract"),
    moveOptions: moveOptionsFor(overrides.stage ?? "Contract", overrides.status ?? "Active"),
    id: ids.project,
    code: "EXP-2026-0042",
    title: "e-Procurement for Kenya",
    countryCode: "KE",
    leadAgencyId: ids.nia,
    ownerId: null,
    solutionIds: [ids.konepsSolution],
    estimatedValueUsd: 2_500_000,
    originalAmount: 3_300_000_000,
    originalCurrency: "KRW",
    expectedDecisionOn: "2026-12-31",
    probability: 100,
    tags: ["procurement", "africa"],
    stage: "Contract",
    status: "Active",
    stageEnteredAt: "2026-06-01T09:00:00Z",
    followsProjectId: ids.previous,
    inquiry: { channel: "Embassy", receivedOn: "2026-01-15", requestingOrganizationId: ids.kenyaIct, requestedAreas: ["e-procurement"] },
    consultingEngagements: [],
    contract: {
      number: "KE-2026-001",
      signedOn: "2026-06-01",
      value: 2_000_000,
      currency: "USD",
      primeContractorId: ids.samsung,
      startOn: "2026-07-01",
      endOn: "2027-06-30",
    },
    consortium: [
      { organizationId: ids.samsung, role: "Prime", sharePercent: 70, isSme: false },
      { organizationId: ids.smeSoft, role: "Partner", sharePercent: 30, isSme: true },
    ],
    smeSharePercent: 30,
    funding: [
      { source: "Edcf", amount: 800_000 },
      { source: "PartnerBudget", amount: 200_000 },
    ],
    fundingTotal: 1_000_000,
    statusHistory: [],
    createdAt: "2026-01-16T10:00:00Z",
    createdBy: "admin",
    updatedAt: "2026-06-01T09:00:00Z",
    version: 4,
    ownerName: "Kim Minji",
    canEdit: true,
    ...overrides,
  };
}

export const previousProject = project({
  id: ids.previous,
  code: "EXP-2024-0007",
  title: "Kenya procurement master plan",
  stage: "Maintenance",
  followsProjectId: null,
});

export const transitions: Schema<"Transition">[] = [
  {
    to: "Inquiry",
    when: "2026-01-16T10:00:00Z",
    who: "Kim Minji",
    skipped: false,
    gateData: { channel: "Embassy", receivedOn: "2026-01-15", requestingOrganizationId: ids.kenyaIct, requestedAreas: ["e-procurement"] },
  },
  {
    from: "Inquiry",
    to: "Consulting",
    when: "2026-02-01T10:00:00Z",
    who: "Kim Minji",
    skipped: false,
    gateData: { type: "MasterPlan", plannedRounds: 8, costBearer: "Partner", startOn: "2026-02-10" },
  },
  {
    from: "Consulting",
    to: "Contract",
    when: "2026-06-01T09:00:00Z",
    who: "Lee Jun",
    reason: null,
    skipped: true,
    gateData: {
      number: "KE-2026-001",
      signedOn: "2026-06-01",
      value: 2000000,
      currency: "USD",
      primeContractorId: ids.samsung,
      startOn: "2026-07-01",
      endOn: "2027-06-30",
    },
  },
];

const organization = (id: string, name: string, nameKo: string, kind: Schema<"OrganizationKind">, size?: Schema<"CompanySize">) => ({
  id,
  name,
  nameKo,
  kind,
  countryCode: kind === "ForeignGovernmentBody" ? "KE" : "KR",
  ...(size ? { size } : {}),
  version: 1,
});

export const organizations = [
  organization(ids.nia, "National Information Society Agency", "한국지능정보사회진흥원", "KoreanGovernmentAgency"),
  organization(ids.kcs, "Korea Customs Service", "관세청", "KoreanGovernmentAgency"),
  organization(ids.samsung, "Samsung SDS", "삼성SDS", "KoreanCompany", "Large"),
  organization(ids.smeSoft, "Daon Soft", "다온소프트", "KoreanCompany", "Sme"),
  organization(ids.kenyaIct, "Kenya ICT Authority", "케냐 ICT 청", "ForeignGovernmentBody"),
];

export const solutions = [
  { id: ids.konepsSolution, code: "KONEPS", name: "KONEPS e-procurement", nameKo: "국가종합전자조달", category: "Procurement", version: 1 },
  { id: ids.unipassSolution, code: "UNI-PASS", name: "UNI-PASS customs clearance", nameKo: "전자통관", category: "CustomsTrade", version: 1 },
];

export const countries = [
  { code: "KE", alpha3: "KEN", name: "Kenya", nameKo: "케냐", region: "Africa", version: 1 },
  { code: "GH", alpha3: "GHA", name: "Ghana", nameKo: "가나", region: "Africa", version: 1 },
  { code: "JP", alpha3: "JPN", name: "Japan", nameKo: "일본", region: "AsiaPacific", version: 1 },
];

export const auditPage = {
  items: [
    {
      id: "88888888-8888-4888-8888-888888888888",
      at: "2026-06-02T08:30:00Z",
      actorKind: "User",
      actorId: "u1",
      actorName: "Lee Jun",
      action: "Updated",
      operation: "UpdateProject",
      recordType: "Project",
      recordId: ids.project,
      before: { title: "Kenya e-Procurement", probability: 90, tags: ["procurement"] },
      after: { title: "e-Procurement for Kenya", probability: 90, tags: ["procurement", "africa"] },
    },
  ],
  page: 1,
  pageSize: 10,
  totalCount: 1,
};

export const permissions = {
  admin: ["ReadCatalog", "WriteCatalog", "ReadProjects", "CreateProjects", "EditProjects", "Administer", "ReadAudit", "ManageOwnAccount"],
  analyst: ["ReadCatalog", "ReadProjects", "ReadAudit", "ManageOwnAccount"],
} as const;

export type Route = (request: Request, url: URL) => Response | Promise<Response> | undefined;

/** The API as the project pages use it; `override` answers first, anything it leaves goes to the defaults. */
export function serveApi(options: { me?: keyof typeof permissions; project?: Project; override?: Route } = {}) {
  const current = options.project ?? project();
  return mockFetch(async (request) => {
    const url = new URL(request.url);
    const answered = await options.override?.(request, url);
    if (answered) return answered;
    const path = url.pathname;
    const page = (items: unknown[]) => jsonResponse({ items, page: 1, pageSize: 100, totalCount: items.length });
    if (path === "/api/v1/me") {
      return jsonResponse({ kind: "User", id: "u1", name: "Tester", roles: [], scopes: [], permissions: permissions[options.me ?? "admin"] });
    }
    if (path === "/api/v1/organizations") {
      const kind = url.searchParams.get("kind");
      return page(kind ? organizations.filter((o) => o.kind === kind) : organizations);
    }
    if (path === "/api/v1/solutions") return page(solutions);
    if (path === "/api/v1/countries") return page(countries);
    if (path === "/api/v1/projects") {
      if (url.searchParams.get("followsProjectId") === current.id) {
        return page([{ ...project({ id: ids.follower, code: "EXP-2027-0003", title: "Kenya e-Procurement phase 2", stage: "Inquiry" }) }]);
      }
      return page([previousProject, current]);
    }
    if (path === `/api/v1/projects/${ids.previous}`) return jsonResponse(previousProject);
    if (path === `/api/v1/projects/${current.id}` && request.method === "GET") return jsonResponse(current);
    if (path === `/api/v1/projects/${current.id}/transitions`) return jsonResponse(transitions);
    if (path === `/api/v1/projects/${current.id}/audit`) return jsonResponse(auditPage);
    return jsonResponse({ title: "Not Found", status: 404 }, { status: 404, contentType: "application/problem+json" });
  });
}

export function problem(status: number, body: Record<string, unknown>) {
  return jsonResponse({ status, ...body }, { status, contentType: "application/problem+json" });
}


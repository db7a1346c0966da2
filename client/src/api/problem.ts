/**
 * RFC 9457 problem details as the API sends them, turned into an Error the UI can catch and show.
 * 400 carries `errors` keyed by the field's JSON path ("consulting.plannedRounds"),
 * 409 names the broken `rule`, 412 gives the record's `currentVersion`.
 */
export interface ProblemBody {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  instance?: string | null;
  errors?: Record<string, string[]>;
  rule?: string;
  currentVersion?: number | null;
  traceId?: string;
  [extension: string]: unknown;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string | undefined;
  readonly errors: Readonly<Record<string, readonly string[]>>;
  readonly rule: string | undefined;
  readonly currentVersion: number | undefined;
  readonly traceId: string | undefined;

  constructor(status: number, body: ProblemBody = {}) {
    const title = body.title ?? `HTTP ${status}`;
    super(body.detail ? `${title}: ${body.detail}` : title);
    this.name = "ApiProblem";
    this.status = status;
    this.title = title;
    this.detail = body.detail ?? undefined;
    this.type = body.type ?? undefined;
    this.errors = isErrorMap(body.errors) ? body.errors : {};
    this.rule = typeof body.rule === "string" ? body.rule : undefined;
    this.currentVersion = typeof body.currentVersion === "number" ? body.currentVersion : undefined;
    this.traceId = typeof body.traceId === "string" ? body.traceId : undefined;
  }

  /** The messages for one field, by its JSON path ("consulting.plannedRounds"). */
  fieldErrors(path: string): readonly string[] {
    return this.errors[path] ?? [];
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

function isErrorMap(value: unknown): value is Record<string, string[]> {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every((v) => Array.isArray(v) && v.every((m) => typeof m === "string"))
  );
}

/** Reads a failed response: a problem+json (or any JSON) body becomes the problem, anything else just the status. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  let body: ProblemBody = {};
  const contentType = response.headers.get("content-type") ?? "";
  if (contentType.includes("json")) {
    try {
      const parsed: unknown = await response.clone().json();
      if (typeof parsed === "object" && parsed !== null) {
        body = parsed as ProblemBody;
      }
    } catch {
      // An unreadable body: the status alone describes the failure.
    }
  }
  if (!body.title && response.statusText) {
    body = { ...body, title: response.statusText };
  }
  return new ApiProblem(response.status, body);
}

import { describe, expect, it } from "vitest";
import { changedFields, formatAuditValue } from "./changedFields";

describe("changedFields", () => {
  it("lists only the fields whose value differs", () => {
    const before = { email: "a@x.kr", displayName: "Kim", roles: ["Analyst"], isDisabled: false };
    const after = { email: "a@x.kr", displayName: "Kim Min", roles: ["Analyst", "Administrator"], isDisabled: false };
    expect(changedFields(before, after)).toEqual([
      { field: "displayName", before: "Kim", after: "Kim Min" },
      { field: "roles", before: ["Analyst"], after: ["Analyst", "Administrator"] },
    ]);
  });

  it("reads JSON strings as the values", () => {
    expect(changedFields('{"title":"A","stage":"Inquiry"}', '{"title":"A","stage":"Consulting"}')).toEqual([
      { field: "stage", before: "Inquiry", after: "Consulting" },
    ]);
  });

  it("shows every field with a value of a created record, and of a deleted one", () => {
    expect(changedFields(null, { clientId: "erp", scopes: ["admin"], organizationId: null })).toEqual([
      { field: "clientId", before: undefined, after: "erp" },
      { field: "scopes", before: undefined, after: ["admin"] },
    ]);
    expect(changedFields({ clientId: "erp" }, null)).toEqual([{ field: "clientId", before: "erp", after: undefined }]);
  });

  it("compares nested objects field by field, with dotted paths", () => {
    const before = { consulting: { plannedRounds: 2, type: "MasterPlan" }, members: [{ id: 1 }] };
    const after = { consulting: { plannedRounds: 3, type: "MasterPlan" }, members: [{ id: 1 }] };
    expect(changedFields(before, after)).toEqual([{ field: "consulting.plannedRounds", before: 2, after: 3 }]);
  });

  it("treats a field set to null like a missing one, and marks a new field", () => {
    expect(changedFields({ a: 1, b: null }, { a: 1, passwordChanged: true })).toEqual([
      { field: "passwordChanged", before: undefined, after: true },
    ]);
    expect(changedFields({ a: 1 }, { a: 1 })).toEqual([]);
    expect(changedFields(null, null)).toEqual([]);
  });
});

describe("formatAuditValue", () => {
  it("writes lists with commas, objects as JSON and nothing as undefined", () => {
    expect(formatAuditValue(["a", "b"])).toBe("a, b");
    expect(formatAuditValue({ x: 1 })).toBe('{"x":1}');
    expect(formatAuditValue(false)).toBe("false");
    expect(formatAuditValue(null)).toBeUndefined();
    expect(formatAuditValue([])).toBeUndefined();
  });
});

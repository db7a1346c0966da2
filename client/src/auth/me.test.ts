import { describe, expect, it } from "vitest";
import { can } from "./me";

describe("can", () => {
  it("is true only for a permission the user holds", () => {
    const me = { permissions: ["ReadProjects", "CreateProjects"] as const };
    expect(can({ permissions: [...me.permissions] }, "ReadProjects")).toBe(true);
    expect(can({ permissions: [...me.permissions] }, "Administer")).toBe(false);
  });

  it("is false while nobody is known", () => {
    expect(can(undefined, "ReadProjects")).toBe(false);
  });
});

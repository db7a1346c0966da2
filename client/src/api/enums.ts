import type { Schema } from "./client";

export type Stage = Schema<"Stage">;
export type ProjectStatus = Schema<"ProjectStatus">;

/**
 * The enums' values at run time, in pipeline order. `Exhaustive` fails `tsc -b` when the API
 * document adds or drops a value and these lists were not updated.
 */
export const stages = ["Inquiry", "Consulting", "Mou", "Contract", "Maintenance"] as const satisfies readonly Stage[];
export const projectStatuses = ["Active", "OnHold", "Lost", "Withdrawn", "Completed"] as const satisfies readonly ProjectStatus[];

type Exhaustive<Union, List extends readonly unknown[]> = [Exclude<Union, List[number]>] extends [never] ? true : false;
const stagesComplete: Exhaustive<Stage, typeof stages> = true;
const statusesComplete: Exhaustive<ProjectStatus, typeof projectStatuses> = true;
export const enumListsComplete = stagesComplete && statusesComplete;

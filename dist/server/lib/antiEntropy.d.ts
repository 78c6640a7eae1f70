import type { DatabaseWriter } from "../schema.js";
import { type RepairTally } from "./repairs.js";
/** The tables in pass order: leases first, so a status document whose lease a pass deletes is met later in the same pass. */
export declare const ANTI_ENTROPY_TABLES: readonly ["machineLeases", "machines", "participantLeases", "participants"];
/** A table anti-entropy walks. */
export type AntiEntropyTable = (typeof ANTI_ENTROPY_TABLES)[number];
/** Where the walk stands: the table and Convex's pagination cursor within it (null: its start). */
export type AntiEntropyCursor = {
    table: string;
    cursor: string | null;
};
/** Checks the next ANTI_ENTROPY_BATCH records of the walk from `at`, mends what is damaged, and returns where the next run starts. */
export declare function antiEntropySlice(db: DatabaseWriter, at: AntiEntropyCursor | undefined, now: number, tally: RepairTally): Promise<AntiEntropyCursor>;

// The cost rules, measured with Convex's own transaction accounting: routine beats stay O(1) and
// touch no status document; cleanup cost follows what expired, not the size of the fleet.
import { describe, expect, test } from "vitest";
import { api, internal } from "../convex/_generated/api";
import { CLEANUP_BATCH_SIZE, DAEMON_HEARTBEAT_TTL_MS, HEARTBEAT_TTL_MS } from "../convex/reliability";
import { asOwner, createChatroom, makeBackend, measure, registerMachine, runCleanup, tablesWrittenBy, useFakeClock, T0 } from "./setup";
import { seedMachines, seedParticipants } from "./seed";


/** What every cleanup run costs before any lease: its state document, read (and re-read by its patch) and written once. */
const CLEANUP_OWN = { documentsRead: 2, documentsWritten: 1, functionsScheduled: 0 };

describe("cost", () => {
  useFakeClock();

  test("a routine daemon beat reads at most 3 documents, writes 1, and writes no status document", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    const { result, cost } = await measure(asOwner(t), api.heartbeat.daemonHeartbeat, { machineId: "m-1" });
    expect(result).toEqual({ status: "ok", recovered: false });
    expect(cost.documentsRead).toBeLessThanOrEqual(3);
    expect(cost.documentsWritten).toBe(1);
    expect(await tablesWrittenBy(t, () => asOwner(t).mutation(api.heartbeat.daemonHeartbeat, { machineId: "m-1" }))).toEqual([
      "machineLeases",
    ]);
  });

  test("a routine participant beat reads at most 3 documents, writes 1, and writes no status document", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const args = { chatroomId, role: "builder", connectionId: "c-1" };
    await asOwner(t).mutation(api.participants.join, args);
    const { result, cost } = await measure(asOwner(t), api.heartbeat.participantHeartbeat, args);
    expect(result.status).toBe("ok");
    expect(cost.documentsRead).toBeLessThanOrEqual(3);
    expect(cost.documentsWritten).toBe(1);
    expect(await tablesWrittenBy(t, () => asOwner(t).mutation(api.heartbeat.participantHeartbeat, args))).toEqual(["participantLeases"]);
  });

  test("transitions, and only transitions, write the status documents dashboards read", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await registerMachine(t, "m-1");
    await asOwner(t).mutation(api.machines.disconnect, { machineId: "m-1" });
    const recovery = () => asOwner(t).mutation(api.heartbeat.daemonHeartbeat, { machineId: "m-1" });
    expect(await tablesWrittenBy(t, recovery)).toEqual(["machineLeases", "machines"]);
    const join = () => asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-1" });
    expect(await tablesWrittenBy(t, join)).toEqual(["participantLeases", "participants"]);
    const rejoinSameConnection = () => asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-1" });
    expect(await tablesWrittenBy(t, rejoinSameConnection)).toEqual(["participantLeases"]);
  });

  test("cleanup over 2,000 live agents and 8 stale ones stays under a 300-document read limit", async () => {
    const t = makeBackend({ documentsRead: 300 });
    const chatroomId = await createChatroom(t);
    await seedParticipants(t, chatroomId, 1_500, T0 + HEARTBEAT_TTL_MS);
    await seedMachines(t, 500, T0, DAEMON_HEARTBEAT_TTL_MS);
    await seedParticipants(t, chatroomId, 5, T0 - 1, 10_000);
    await seedMachines(t, 3, T0 - DAEMON_HEARTBEAT_TTL_MS - 1, DAEMON_HEARTBEAT_TTL_MS, true, 10_000);
    // The limit has teeth: reading the live fleet whole fails under it.
    await expect(t.run((ctx) => ctx.db.query("participantLeases").collect())).rejects.toThrow(/too many documents/i);
    const { result, cost } = await measure(t, internal.cleanup.cleanupStaleAgents, {});
    expect(result).toEqual({ daemonsDisconnected: 3, participantsRemoved: 5, hasMore: false });
    // Each stale record: its lease and its status document; the rest is look-ahead and re-reads by patch/delete.
    expect(cost.documentsRead).toBeLessThanOrEqual(CLEANUP_OWN.documentsRead + 8 * 4 + 2);
    expect(cost.documentsWritten).toBe(CLEANUP_OWN.documentsWritten + 8 * 2);
  });

  test("cleanup never re-reads machines that are already disconnected", async () => {
    const t = makeBackend();
    await seedMachines(t, 1_000, T0 - 10 * DAEMON_HEARTBEAT_TTL_MS, DAEMON_HEARTBEAT_TTL_MS, false);
    await runCleanup(t); // the cron has run before: cleanup's state document exists
    const { result, cost } = await measure(t, internal.cleanup.cleanupStaleAgents, {});
    expect(result).toEqual({ daemonsDisconnected: 0, participantsRemoved: 0, hasMore: false });
    expect(cost).toEqual(CLEANUP_OWN);
  });

  test("each continuation of a large backlog handles at most one batch, within the default Convex limits", async () => {
    const t = makeBackend(true);
    const chatroomId = await createChatroom(t);
    await seedParticipants(t, chatroomId, CLEANUP_BATCH_SIZE + 10, T0 - 1);
    await seedMachines(t, CLEANUP_BATCH_SIZE + 10, T0 - DAEMON_HEARTBEAT_TTL_MS - 1, DAEMON_HEARTBEAT_TTL_MS);
    const runs: { daemonsDisconnected: number; participantsRemoved: number; hasMore: boolean }[] = [];
    let run;
    do {
      run = await runCleanup(t);
      runs.push(run);
    } while (run.hasMore);
    for (const r of runs) expect(r.daemonsDisconnected + r.participantsRemoved).toBeLessThanOrEqual(CLEANUP_BATCH_SIZE);
    expect(runs.reduce((n, r) => n + r.daemonsDisconnected, 0)).toBe(CLEANUP_BATCH_SIZE + 10);
    expect(runs.reduce((n, r) => n + r.participantsRemoved, 0)).toBe(CLEANUP_BATCH_SIZE + 10);
    const afterwards = await measure(t, internal.cleanup.cleanupStaleAgents, {});
    expect(afterwards.cost).toEqual(CLEANUP_OWN);
  });
});

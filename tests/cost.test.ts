// The cost rules, measured with Convex's own transaction accounting: a routine beat reads its lease
// and writes only it; cleanup cost follows what expired, never the fleet; anti-entropy costs the same
// every run. (convex-test counts a read for every patch or delete, on top of the reads it counts.)
import { describe, expect, test, vi } from "vitest";
import { api, internal } from "../convex/_generated/api";
import { ANTI_ENTROPY_BATCH, CLEANUP_BATCH_SIZE, DAEMON_HEARTBEAT_TTL_MS, HEARTBEAT_TTL_MS } from "../convex/reliability";
import { asOwner, createChatroom, daemonBeat, INSTANCE, makeBackend, measure, registerMachine, runCleanup, tablesWrittenBy, useFakeClock, T0 } from "./setup";
import { chainInProgress } from "../src/testing/index";
import { seedMachines, seedParticipants } from "./seed";

/** What a cleanup run costs besides its records: its state document (read, re-read by the write, written) and at most 3 reads per anti-entropy record. */
const CLEANUP_OWN = { documentsRead: 2 + 3 * ANTI_ENTROPY_BATCH, documentsWritten: 1 };

describe("cost", () => {
  useFakeClock();

  test("a routine daemon beat reads its lease and writes only it: 2 read / 1 written in convex-test's accounting", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1");
    const { result, cost } = await measure(asOwner(t), api.heartbeat.daemonHeartbeat, { machineId: "m-1", instanceId: INSTANCE });
    expect(result).toEqual({ status: "ok", recovered: false });
    expect(cost).toEqual({ documentsRead: 2, documentsWritten: 1, functionsScheduled: 0 });
    expect(await tablesWrittenBy(() => daemonBeat(t, "m-1"))).toEqual(["machineLeases"]);
  });

  test("a routine participant beat reads its lease and writes only it: 2 read / 1 written, no chatroom read", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    const args = { chatroomId, role: "builder", connectionId: "c-1" };
    await asOwner(t).mutation(api.participants.join, args);
    const { result, cost } = await measure(asOwner(t), api.heartbeat.participantHeartbeat, args);
    expect(result.status).toBe("ok");
    expect(cost).toEqual({ documentsRead: 2, documentsWritten: 1, functionsScheduled: 0 });
    expect(await tablesWrittenBy(() => asOwner(t).mutation(api.heartbeat.participantHeartbeat, args))).toEqual(["participantLeases"]);
  });

  test("a superseded beat writes nothing", async () => {
    const t = makeBackend();
    await registerMachine(t, "m-1", undefined, "old");
    await registerMachine(t, "m-1", undefined, "new");
    const { cost } = await measure(asOwner(t), api.heartbeat.daemonHeartbeat, { machineId: "m-1", instanceId: "old" });
    expect(cost).toEqual({ documentsRead: 1, documentsWritten: 0, functionsScheduled: 0 });
  });

  test("transitions, and only transitions, write the status documents dashboards read", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await registerMachine(t, "m-1");
    await asOwner(t).mutation(api.machines.disconnect, { machineId: "m-1", instanceId: INSTANCE });
    expect(await tablesWrittenBy(() => daemonBeat(t, "m-1"))).toEqual(["machineLeases", "machines"]);
    expect(await tablesWrittenBy(() => registerMachine(t, "m-1"))).toEqual(["machineLeases"]);
    expect(await tablesWrittenBy(() => registerMachine(t, "m-1", undefined, "takeover"))).toEqual(["machineLeases", "machines"]);
    const join = () => asOwner(t).mutation(api.participants.join, { chatroomId, role: "builder", connectionId: "c-1" });
    expect(await tablesWrittenBy(join)).toEqual(["participantLeases", "participants"]);
    expect(await tablesWrittenBy(join)).toEqual(["participantLeases"]);
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
    expect(result).toEqual({ daemonsDisconnected: 3, participantsRemoved: 5, repaired: 0, hasMore: false });
    // Each stale record: its lease and its status document, each read and re-read by its write; plus look-ahead.
    expect(cost.documentsRead).toBeLessThanOrEqual(CLEANUP_OWN.documentsRead + 8 * 4 + 2);
    expect(cost.documentsWritten).toBe(CLEANUP_OWN.documentsWritten + 8 * 2);
  });

  test("cleanup's expiry walk never re-reads disconnected machines: with 1,000 of them a run reads only its state and one anti-entropy page", async () => {
    const t = makeBackend();
    await seedMachines(t, 1_000, T0 - 10 * DAEMON_HEARTBEAT_TTL_MS, DAEMON_HEARTBEAT_TTL_MS, false);
    await runCleanup(t); // the cron has run before: cleanup's state document exists
    vi.advanceTimersByTime(15_000);
    const { result, cost } = await measure(t, internal.cleanup.cleanupStaleAgents, {});
    expect(result).toEqual({ daemonsDisconnected: 0, participantsRemoved: 0, repaired: 0, hasMore: false });
    // The state document (read, and re-read by its write), then ANTI_ENTROPY_BATCH machine leases and their status documents.
    expect(cost).toEqual({ documentsRead: 2 + 2 * ANTI_ENTROPY_BATCH, documentsWritten: 1, functionsScheduled: 0 });
  });

  test("anti-entropy costs at most 3 reads per record and the same every run, whatever the fleet", async () => {
    const t = makeBackend();
    const chatroomId = await createChatroom(t);
    await seedMachines(t, 300, T0 + 3_600_000, DAEMON_HEARTBEAT_TTL_MS);
    await seedParticipants(t, chatroomId, 300, T0 + 3_600_000);
    await runCleanup(t);
    const reads = new Set<number>();
    for (let run = 0; run < 4 * (300 / ANTI_ENTROPY_BATCH); run++) {
      vi.advanceTimersByTime(15_000);
      const { result, cost } = await measure(t, internal.cleanup.cleanupStaleAgents, {});
      expect(result.repaired).toBe(0);
      expect(cost.documentsRead).toBeLessThanOrEqual(CLEANUP_OWN.documentsRead);
      expect(cost.documentsWritten).toBe(CLEANUP_OWN.documentsWritten);
      reads.add(cost.documentsRead);
    }
    // One figure per table (a lease of a participant needs its chatroom too), not one per fleet size.
    expect(reads.size).toBeLessThanOrEqual(3);
  });

  test("each continuation of a large backlog handles at most one batch, within the default Convex limits", async () => {
    const t = makeBackend(true);
    const chatroomId = await createChatroom(t);
    await seedParticipants(t, chatroomId, CLEANUP_BATCH_SIZE + 10, T0 - 1);
    await seedMachines(t, CLEANUP_BATCH_SIZE + 10, T0 - DAEMON_HEARTBEAT_TTL_MS - 1, DAEMON_HEARTBEAT_TTL_MS);
    const runs = [await runCleanup(t)];
    const chain = (await chainInProgress(t))!;
    // Run each continuation as the scheduler would: the same function, the same chain, its own transaction.
    while (runs.at(-1)!.hasMore) runs.push(await t.mutation(internal.cleanup.cleanupStaleAgents, { chain }));
    for (const r of runs) expect(r.daemonsDisconnected + r.participantsRemoved).toBeLessThanOrEqual(CLEANUP_BATCH_SIZE);
    expect(runs.reduce((n, r) => n + r.daemonsDisconnected, 0)).toBe(CLEANUP_BATCH_SIZE + 10);
    expect(runs.reduce((n, r) => n + r.participantsRemoved, 0)).toBe(CLEANUP_BATCH_SIZE + 10);
    const afterwards = await measure(t, internal.cleanup.cleanupStaleAgents, {});
    expect(afterwards.result).toEqual({ daemonsDisconnected: 0, participantsRemoved: 0, repaired: 0, hasMore: false });
  });
});

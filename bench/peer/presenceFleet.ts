// A staggered fleet of presence sessions: client i beats at start + i × interval / N, every interval.
// Its routine beats are applied as the state they leave ("keeper"): before anything runs at time T, one
// uncounted transaction sets `sessions.deadline` = beat + 2.5 × interval for every client that beat
// since. A routine beat writes only that field and never schedules anything (its new deadline is never
// earlier, so presence never pings the worker), and nothing else reads the state in between, so the
// worker sees exactly what real beats would leave; a routine beat itself is measured as a real call.
import { anyApi } from "convex/server";
import type { GenericId } from "convex/values";
import { inChunks } from "../design";
import type { PresenceBackend } from "../designs/presence";
import type { InstalledClock } from "../scenario";
import { runInComponent } from "./componentDb";
import { advanceTo } from "./dueTimers";
import { attributed } from "./ledger";

/** A presence `sessions` document id (the component's tables are untyped here: its schema is loaded at run time). */
type SessionId = GenericId<"sessions">;

/** The one room every client is in. */
export const ROOM = "room";

/** presence's session deadline: the last beat plus 2.5 intervals (public.ts). */
export const DEADLINE_INTERVALS = 2.5;

/** The host app's functions (bench/presence/presence.ts). */
export const presenceApi = anyApi.presence!;

/** One client of the fleet. */
export interface PresenceClient {
  userId: string;
  sessionId: string;
  /** Beats at phase + m × interval, m = 0, 1, 2, ... */
  phase: number;
  /** Its last beat already applied to the database. */
  applied: number;
  /** It beats no more at or after this time. */
  silentFrom: number;
  /** Beats only when the measurement calls it, not with the fleet. */
  manual: boolean;
  /** Its sessions document. */
  sessionDoc?: SessionId;
}

/** A fleet on one backend and clock, at one beat interval. */
export class PresenceFleet {
  /** Every client, in phase order. */
  readonly clients: PresenceClient[] = [];

  /** `interval` is the beat interval passed to presence's heartbeat. */
  constructor(
    readonly t: PresenceBackend,
    readonly clock: InstalledClock,
    readonly interval: number,
  ) {}

  /** A client's last beat at or before `at`, if it has beaten by then. */
  private lastBeatAt(client: PresenceClient, at: number): number | undefined {
    const until = Math.min(at, client.silentFrom - 1);
    if (until < client.phase) return undefined;
    return client.phase + Math.floor((until - client.phase) / this.interval) * this.interval;
  }

  /** Applies every fleet beat up to `at` in one uncounted transaction. */
  async keep(at: number): Promise<void> {
    const due: [SessionId, number][] = [];
    for (const client of this.clients) {
      if (client.manual || client.sessionDoc === undefined) continue;
      const beat = this.lastBeatAt(client, at);
      if (beat !== undefined && beat > client.applied) {
        due.push([client.sessionDoc, beat + DEADLINE_INTERVALS * this.interval]);
        client.applied = beat;
      }
    }
    if (due.length === 0) return;
    await attributed("setup", () =>
      runInComponent(this.t, "presence", async (ctx) => {
        for (const [id, deadline] of due) await ctx.db.patch(id, { deadline });
      }),
    );
  }

  /** Moves the clock to `target`: the worker's runs at their own times, the fleet's beats in between. */
  advanceTo(target: number): Promise<void> {
    return advanceTo(this.clock, this.t, target, (at) => this.keep(at));
  }

  /** A real heartbeat of `client` now, as a client call. */
  async beat(client: PresenceClient): Promise<{ roomToken: string; sessionToken: string }> {
    const args = { roomId: ROOM, userId: client.userId, sessionId: client.sessionId, interval: this.interval };
    const result = await attributed("client", () => this.t.mutation(presenceApi.heartbeat!, args));
    client.applied = this.clock.now;
    return result as { roomToken: string; sessionToken: string };
  }

  /** The arguments of `client`'s heartbeat. */
  beatArgs(client: PresenceClient) {
    return { roomId: ROOM, userId: client.userId, sessionId: client.sessionId, interval: this.interval };
  }

  /** Learns the sessions documents of clients that lack them (uncounted). */
  async learnSessionDocs(): Promise<void> {
    const missing = new Map(this.clients.filter((c) => c.sessionDoc === undefined).map((c) => [c.sessionId, c]));
    if (missing.size === 0) return;
    await attributed("setup", () =>
      runInComponent(this.t, "presence", async (ctx) => {
        for (const session of await ctx.db.query("sessions").collect()) {
          const client = missing.get(session["sessionId"] as string);
          if (client !== undefined) client.sessionDoc = session._id as SessionId;
        }
      }),
    );
  }

  /**
   * Seeds `n` clients, client i at phase start + i × interval / n. Client 0 joins for real (it creates
   * the room token and starts the worker, which seeding alone would not); the others are written in
   * bulk as their own joins would have written them (sessions, presence, sessionTokens), as if beating
   * since before `start`: last beat at phase − interval.
   */
  async seed(n: number, start: number): Promise<void> {
    if (this.clock.now !== start) throw new Error("seed: the clock must be at start");
    const fresh: PresenceClient[] = Array.from({ length: n }, (_, i) => {
      const phase = start + Math.round((i * this.interval) / n);
      return { userId: `user-${i}`, sessionId: `session-${i}`, phase, applied: phase - this.interval, silentFrom: Infinity, manual: false };
    });
    const [first, ...rest] = fresh;
    this.clients.push(...fresh);
    first!.applied = -Infinity;
    await this.beat(first!);
    await inChunks(rest.length, (from, to) =>
      attributed("setup", () =>
        runInComponent(this.t, "presence", async (ctx) => {
          for (const c of rest.slice(from, to)) {
            const deadline = c.applied + DEADLINE_INTERVALS * this.interval;
            c.sessionDoc = await ctx.db.insert("sessions", { roomId: ROOM, userId: c.userId, sessionId: c.sessionId, deadline });
            await ctx.db.insert("presence", { roomId: ROOM, userId: c.userId, online: true, lastDisconnected: 0 });
            await ctx.db.insert("sessionTokens", { sessionId: c.sessionId, token: `token-${c.sessionId}` });
          }
        }),
      ),
    );
    await this.learnSessionDocs();
  }
}

// The one heartbeat loop both front-ends run: establish (register/join), then beat on a jittered
// interval; re-establish in the same tick when the server asks; back off on failures, keeping its place
// while auth fails; stop for good on superseded, a fatal code or a failure outlasting its limit.
// At most one call is ever in flight.
import { AuthUnavailableError, classifyFailure, describeError } from "./failures.js";
import { assertTimingOptions, type LoopKind } from "./options.js";
import { failureStreak } from "./streak.js";
import { AUTH_GRACE_MS, desyncedBeatDelay, nextBeatDelay, retryDelay, STOP_WAIT_MS } from "./timing.js";
import type { HeartbeatEvent, HeartbeatHandle, HeartbeatStatus, LoopOptions } from "./types.js";

/** What one beat told the loop. */
export type BeatOutcome = "ok" | "recovered" | "reestablish" | "superseded";

/** The calls that make a loop a daemon loop or a participant loop. */
export interface LoopSpec extends LoopOptions {
  /** Which front-end this is: its TTL bounds `intervalMs`, and it names a re-establish (re-registered / re-joined). */
  kind: LoopKind;
  /** Beat period; the actual delay is jittered below it. */
  intervalMs: number;
  /** register / join. */
  establish(): Promise<void>;
  /** One heartbeat. */
  beat(): Promise<BeatOutcome>;
  /** disconnect / leave, on graceful stop. */
  release(): Promise<void>;
}

const FINAL: ReadonlySet<HeartbeatStatus> = new Set(["stopping", "stopped", "superseded", "fatal"]);

/** Waits for `work`, but at most STOP_WAIT_MS: a call hung on a dead network must not hold up a shutdown. */
async function boundedWait(work: Promise<unknown> | undefined): Promise<void> {
  if (work === undefined) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, STOP_WAIT_MS);
  });
  await Promise.race([work.then(() => undefined, () => undefined), deadline]);
  clearTimeout(timer);
}

/** Runs the caller's `refreshAuth`; a throw is one more authentication failure. */
async function refreshing(refreshAuth: () => unknown): Promise<void> {
  try {
    await refreshAuth();
  } catch (error) {
    throw new AuthUnavailableError(`refreshAuth failed: ${describeError(error)}`);
  }
}

/** Starts a loop; its first call (establish) goes out at once. Throws a TypeError for an option out of range. */
export function startLoop(spec: LoopSpec): HeartbeatHandle {
  assertTimingOptions(spec.kind, spec);
  const random = spec.random ?? Math.random;
  const streak = failureStreak({ authGraceMs: spec.authGraceMs ?? AUTH_GRACE_MS, maxFailureMs: spec.maxFailureMs });
  const listeners = new Set<(event: HeartbeatEvent) => void>();
  if (spec.onEvent) listeners.add(spec.onEvent);
  let status: HeartbeatStatus = "starting";
  let established = false;
  let everEstablished = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;
  let stopped: Promise<void> | undefined;

  /** Tells every listener; a listener that throws is reported, and never changes what the loop does. */
  const emit = (event: HeartbeatEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error(`convex-heartbeat: an event listener threw on '${event.type}':`, error);
      }
    }
  };
  const schedule = (delayMs: number) => {
    timer = setTimeout(tick, delayMs);
  };

  async function establish(): Promise<"ok" | "rejoined" | "reregistered"> {
    established = false;
    await spec.establish();
    established = true;
    const event = !everEstablished ? "ok" : spec.kind === "daemon" ? "reregistered" : "rejoined";
    everEstablished = true;
    return event;
  }

  /** stop() gave up waiting for a register / join that has now landed: release it, once, so nothing stays listed. */
  function releaseLate(): void {
    if (!established) return;
    established = false;
    void boundedWait(spec.release().catch(() => undefined));
  }

  async function callOnce(): Promise<void> {
    try {
      if (status === "authFailing" && spec.refreshAuth !== undefined) await refreshing(spec.refreshAuth);
      let event: "ok" | "recovered" | "rejoined" | "reregistered" | "superseded";
      if (!established) event = await establish();
      else {
        const outcome = await spec.beat();
        if (outcome === "reestablish" && FINAL.has(status)) {
          established = false; // stopping: nothing to re-join only to leave again
          return;
        }
        event = outcome === "reestablish" ? await establish() : outcome;
      }
      const healed = streak.end() > 0;
      if (status === "stopped") return releaseLate(); // stop() gave up waiting for this call: its answer comes too late
      if (event === "superseded") {
        established = false;
        finish("superseded");
        emit({ type: "superseded", at: Date.now() });
        return;
      }
      if (FINAL.has(status)) return;
      status = "healthy";
      emit({ type: event, at: Date.now() });
      schedule(healed ? desyncedBeatDelay(spec.intervalMs, random) : nextBeatDelay(spec.intervalMs, random));
    } catch (error) {
      onFailure(error);
    }
  }

  /** Stops on a fatal failure or an outlasted limit; otherwise reports the failure and schedules the retry. */
  function onFailure(error: unknown): void {
    if (status === "stopped") return;
    const failure = classifyFailure(error);
    if (failure.kind === "fatal") return fatal(failure.code, failure.message);
    if (FINAL.has(status)) return;
    const at = Date.now();
    const limit = streak.fail(at, failure.kind === "auth", failure.message);
    if (limit !== undefined) return fatal(limit.code, limit.message);
    const attempt = streak.failures;
    const delayMs = Math.min(retryDelay(attempt, random), streak.msUntilLimit(at));
    if (failure.kind === "auth") {
      status = "authFailing";
      emit({ type: "authFailing", at, attempt, delayMs, error: failure.message });
    } else {
      status = "retrying";
      emit({ type: "retrying", at, attempt, delayMs, kind: failure.kind, error: failure.message });
    }
    schedule(delayMs);
  }

  function fatal(code: string, message: string): void {
    finish("fatal");
    emit({ type: "fatal", at: Date.now(), code, message });
  }

  function tick(): void {
    timer = undefined;
    if (inFlight !== undefined || FINAL.has(status)) return;
    inFlight = callOnce().finally(() => {
      inFlight = undefined;
    });
  }

  function finish(final: "stopped" | "superseded" | "fatal"): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    status = final;
  }

  tick();

  return {
    get status() {
      return status;
    },
    async beatNow() {
      if (inFlight === undefined && !FINAL.has(status)) {
        if (timer !== undefined) clearTimeout(timer);
        tick();
      }
      await inFlight;
    },
    stop() {
      if (stopped !== undefined) return stopped;
      if (FINAL.has(status)) return Promise.resolve();
      status = "stopping";
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      stopped = (async () => {
        await boundedWait(inFlight);
        if (status !== "stopping") return;
        if (established) await boundedWait(spec.release().catch(() => undefined));
        established = false;
        finish("stopped");
        emit({ type: "stopped", at: Date.now() });
      })();
      return stopped;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

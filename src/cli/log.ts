// The CLI's output: one line per state change, a summary at most once a minute while calls keep
// failing, and one line when they succeed again, so a failing agent is never silent nor noisy.
import type { HeartbeatEvent } from "../client/types.js";

/** Shortest gap between two `still retrying` summary lines. */
export const SUMMARY_EVERY_MS = 60_000;

/** A duration as 42s, 3m12s or 1h03m12s. */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, "0");
  if (h > 0) return `${h}h${pad(m)}m${pad(s)}s`;
  return m > 0 ? `${m}m${pad(s)}s` : `${s}s`;
}

/** The start of every CLI line: the time (ISO, UTC) and who speaks. */
export function stamp(subject: string, at: number): string {
  return `${new Date(at).toISOString()} ${subject}`;
}

/** "1 failure", "3 failures". */
const failures = (n: number) => `${n} failure${n === 1 ? "" : "s"}`;

/** One log line for an event; a repeated `ok`, `retrying` or `authFailing` is not a state change and returns undefined. */
export function formatEvent(subject: string, event: HeartbeatEvent, previous: HeartbeatEvent["type"] | undefined): string | undefined {
  const repeats = event.type === "ok" || event.type === "retrying" || event.type === "authFailing";
  if (repeats && previous === event.type) return undefined;
  const head = stamp(subject, event.at);
  switch (event.type) {
    case "retrying":
      return `${head} retrying attempt=${event.attempt} in=${event.delayMs}ms kind=${event.kind} error=${JSON.stringify(event.error)}`;
    case "authFailing":
      return `${head} authFailing attempt=${event.attempt} in=${event.delayMs}ms error=${JSON.stringify(event.error)}`;
    case "fatal":
      return `${head} fatal code=${event.code} ${JSON.stringify(event.message)}`;
    default:
      return `${head} ${event.type}`;
  }
}

/** The events that end a failure streak with a successful call. */
const SUCCESS: ReadonlySet<HeartbeatEvent["type"]> = new Set(["ok", "recovered", "rejoined", "reregistered"]);

/** A listener that writes the loop's events to `log` as state-change lines plus the failure summaries. */
export function eventLog(subject: string, log: (line: string) => void): (event: HeartbeatEvent) => void {
  let previous: HeartbeatEvent["type"] | undefined;
  // The streak's failure count is the SDK's own: each retrying / authFailing event carries its attempt number.
  let streak: { failures: number; since: number; summarizedAt: number } | undefined;
  return (event) => {
    const line = formatEvent(subject, event, previous);
    if (line !== undefined) log(line);
    previous = event.type;
    if (event.type === "retrying" || event.type === "authFailing") {
      streak ??= { failures: 0, since: event.at, summarizedAt: event.at };
      streak.failures = event.attempt;
      if (event.at - streak.summarizedAt >= SUMMARY_EVERY_MS) {
        const since = new Date(streak.since).toISOString().slice(11, 19);
        log(`${stamp(subject, event.at)} still retrying: ${failures(streak.failures)} since ${since}, last: ${event.error.replace(/\s+/g, " ")}`);
        streak.summarizedAt = event.at;
      }
      return;
    }
    if (streak !== undefined && SUCCESS.has(event.type)) {
      log(`${stamp(subject, event.at)} recovered after ${failures(streak.failures)} over ${formatDuration(event.at - streak.since)}`);
    }
    streak = undefined;
  };
}

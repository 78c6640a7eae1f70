// The one heartbeat loop both front-ends run: establish (register/join), then beat on a jittered
// interval; re-establish in the same tick when the server asks; back off on failures; stop for good
// on superseded or a fatal code. At most one call is ever in flight.
import { describeError, fatalFailure } from "./failures";
import { nextBeatDelay, retryDelay, STOP_WAIT_MS } from "./timing";
const FINAL = new Set(["stopping", "stopped", "superseded", "fatal"]);
/** Waits for `work`, but at most STOP_WAIT_MS: a call hung on a dead network must not hold up a shutdown. */
async function boundedWait(work) {
    if (work === undefined)
        return;
    let timer;
    const deadline = new Promise((resolve) => {
        timer = setTimeout(resolve, STOP_WAIT_MS);
    });
    await Promise.race([work.then(() => undefined, () => undefined), deadline]);
    clearTimeout(timer);
}
/** Starts a loop; its first call (establish) goes out at once. */
export function startLoop(spec) {
    const random = spec.random ?? Math.random;
    const listeners = new Set();
    if (spec.onEvent)
        listeners.add(spec.onEvent);
    let status = "starting";
    let established = false;
    let everEstablished = false;
    let failures = 0;
    let timer;
    let inFlight;
    let stopped;
    /** Tells every listener; a listener that throws is reported, and never changes what the loop does. */
    const emit = (event) => {
        for (const listener of listeners) {
            try {
                listener(event);
            }
            catch (error) {
                console.error(`convex-heartbeat: an event listener threw on '${event.type}':`, error);
            }
        }
    };
    const schedule = (delayMs) => {
        timer = setTimeout(tick, delayMs);
    };
    async function establish() {
        established = false;
        await spec.establish();
        established = true;
        const event = everEstablished ? spec.reestablishedEvent : "ok";
        everEstablished = true;
        return event;
    }
    async function callOnce() {
        try {
            let event;
            if (!established)
                event = await establish();
            else {
                const outcome = await spec.beat();
                if (outcome === "reestablish" && FINAL.has(status)) {
                    established = false; // stopping: nothing to re-join only to leave again
                    return;
                }
                event = outcome === "reestablish" ? await establish() : outcome;
            }
            failures = 0;
            if (status === "stopped")
                return; // stop() gave up waiting for this call: its answer comes too late
            if (event === "superseded") {
                established = false;
                finish("superseded");
                emit({ type: "superseded", at: Date.now() });
                return;
            }
            if (FINAL.has(status))
                return;
            status = "healthy";
            emit({ type: event, at: Date.now() });
            schedule(nextBeatDelay(spec.intervalMs, random));
        }
        catch (error) {
            if (status === "stopped")
                return;
            const fatal = fatalFailure(error);
            if (fatal !== undefined) {
                finish("fatal");
                emit({ type: "fatal", at: Date.now(), ...fatal });
                return;
            }
            if (FINAL.has(status))
                return;
            failures += 1;
            const delayMs = retryDelay(failures, random);
            status = "retrying";
            emit({ type: "retrying", at: Date.now(), attempt: failures, delayMs, error: describeError(error) });
            schedule(delayMs);
        }
    }
    function tick() {
        timer = undefined;
        if (inFlight !== undefined || FINAL.has(status))
            return;
        inFlight = callOnce().finally(() => {
            inFlight = undefined;
        });
    }
    function finish(final) {
        if (timer !== undefined)
            clearTimeout(timer);
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
                if (timer !== undefined)
                    clearTimeout(timer);
                tick();
            }
            await inFlight;
        },
        stop() {
            if (stopped !== undefined)
                return stopped;
            if (FINAL.has(status))
                return Promise.resolve();
            status = "stopping";
            if (timer !== undefined)
                clearTimeout(timer);
            timer = undefined;
            stopped = (async () => {
                await boundedWait(inFlight);
                if (status !== "stopping")
                    return;
                if (established)
                    await boundedWait(spec.release().catch(() => undefined));
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
//# sourceMappingURL=loop.js.map
// Keeps a backend outage from looking like a fleet-wide silence. While the backend is down no beat
// lands and the cron does not run, so every lease expires; like etcd extending leases after a leader
// change, the first cleanup after a gap spares leases that expired during it for OUTAGE_GRACE_MS.
import type { DatabaseWriter } from "../_generated/server";
import { OUTAGE_GAP_MS, OUTAGE_GRACE_MS } from "../reliability";

/**
 * Records this cleanup run at `now` and returns the expiry horizon: leases that expired before it are
 * stale. Normally `now`; during a grace, the time of the last run before the gap.
 */
export async function expiryHorizon(db: DatabaseWriter, now: number): Promise<number> {
  const state = await db.query("cleanupState").first();
  if (state === null) {
    await db.insert("cleanupState", { lastRunAt: now });
    return now;
  }
  const gap = now - state.lastRunAt > OUTAGE_GAP_MS;
  const grace = gap ? { until: now + OUTAGE_GRACE_MS, expiredBefore: state.lastRunAt } : state.grace;
  const active = grace !== undefined && now < grace.until;
  await db.patch(state._id, { lastRunAt: now, grace: active ? grace : undefined });
  return active ? Math.min(now, grace.expiredBefore) : now;
}

// @convex-dev/presence 0.4.0 (with @convex-dev/batch-worker 0.2.2) as the benchmark's third design: its
// host app (bench/presence/) on the embedded backend, the component and its nested worker registered
// as its own test helper registers them (`registerComponent`), with module maps built for tsx.
import { convexTest } from "convex-test";
import { loadModules } from "../../sim/modules";
import schema from "../presence/schema";
import { componentModules } from "../peer/components";
import { withRootMarker } from "./baseline";

const app = withRootMarker("./bench/presence/", await loadModules("bench/presence"));
const presence = await componentModules("@convex-dev/presence", "presence");
// presence's generated code reaches its child as `components.batchWorker`; seen from "presence", that
// is the path "presence/batchWorker" (registering it as "batchWorker" fails on the first heartbeat).
const batchWorker = await componentModules("@convex-dev/batch-worker", "presence/batchWorker");

/** A fresh embedded backend running the presence host app, the presence component and its batch worker. */
export function presenceBackend() {
  // No transaction limits: the uncounted fixture transactions write up to N documents at N = 10,000.
  const t = convexTest({ schema, modules: app, transactionLimits: false });
  t.registerComponent("presence", presence.schema, presence.modules);
  t.registerComponent("presence/batchWorker", batchWorker.schema, batchWorker.modules);
  return t;
}

/** The presence design's backend. */
export type PresenceBackend = ReturnType<typeof presenceBackend>;

/** The tables presence's list queries read: `list` reads roomTokens and presence, `listRoom` presence. */
export const PRESENCE_LIST_TABLES = ["presence", "roomTokens"] as const;

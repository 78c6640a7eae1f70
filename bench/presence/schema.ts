// The presence host app's own schema, for the benchmark only: @convex-dev/presence keeps all of its
// state in its component's tables (sessions, presence, roomTokens, sessionTokens), so the app has none.
import { defineSchema } from "convex/server";

/** No app tables: everything lives in the component. */
export default defineSchema({});

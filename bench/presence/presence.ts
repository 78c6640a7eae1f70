// The presence host app, for the benchmark only: the wrappers @convex-dev/presence's README has an app
// write (heartbeat, list, disconnect, plus listRoom, the server-side list a dashboard would use). A real
// app also mounts the component in convex.config.ts (`app.use(presence)`); convex-test is given it by
// registerComponent instead (bench/designs/presence.ts). Like its example wrapper, it checks no auth.
import { Presence } from "@convex-dev/presence";
import { componentsGeneric, mutationGeneric, queryGeneric } from "convex/server";
import { v } from "convex/values";

/** What `convex codegen` would generate as `components` for an app that mounted presence as "presence". */
const components = componentsGeneric() as unknown as { presence: ConstructorParameters<typeof Presence>[0] };

/** The component's client, bound to where the app mounted it. */
const presence = new Presence(components.presence);

/** A session's beat: creates the session (a join) or extends its deadline to now + 2.5 × interval. */
export const heartbeat = mutationGeneric({
  args: { roomId: v.string(), userId: v.string(), sessionId: v.string(), interval: v.number() },
  handler: (ctx, { roomId, userId, sessionId, interval }) => presence.heartbeat(ctx, roomId, userId, sessionId, interval),
});

/** Who is in a room, by the room token a heartbeat returned (what presence's React hook subscribes to). */
export const list = queryGeneric({
  args: { roomToken: v.string() },
  handler: (ctx, { roomToken }) => presence.list(ctx, roomToken),
});

/** Who is in a room, by its id (a server-side list). */
export const listRoom = queryGeneric({
  args: { roomId: v.string() },
  handler: (ctx, { roomId }) => presence.listRoom(ctx, roomId),
});

/** Ends a session at once (graceful stop). */
export const disconnect = mutationGeneric({
  args: { sessionToken: v.string() },
  handler: (ctx, { sessionToken }) => presence.disconnect(ctx, sessionToken),
});

// The app's own functions, beside the module's: a note board, pruned by the app's own cron.
import { v } from "convex/values";
import { internalMutation, mutation, query } from "./_generated/server";

export const add = mutation({
  args: { text: v.string() },
  returns: v.id("notes"),
  handler: (ctx, { text }) => ctx.db.insert("notes", { text, at: Date.now() }),
});

export const latest = query({
  args: {},
  returns: v.array(v.string()),
  handler: async (ctx) => (await ctx.db.query("notes").order("desc").take(10)).map((n) => n.text),
});

export const prune = internalMutation({
  args: {},
  returns: v.null(),
  handler: async (ctx) => {
    for (const note of await ctx.db.query("notes").take(100)) if (note.at < Date.now() - 86_400_000) await ctx.db.delete(note._id);
    return null;
  },
});

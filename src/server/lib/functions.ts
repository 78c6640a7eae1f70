// The builders every public function is made with: they authenticate the caller, validate the
// arguments with zod (and Convex validators), and turn zod failures into INVALID_ARGUMENT. Built on
// Convex's generic builders, so the functions run in whichever app mounts them.
import { zCustomMutation, zCustomQuery } from "convex-helpers/server/zod4";
import { mutationGeneric, queryGeneric, type MutationBuilder, type QueryBuilder } from "convex/server";
import { ConvexError } from "convex/values";
import type { HeartbeatDataModel } from "../schema.js";
import { failure } from "./errors.js";

type Issue = { path?: (string | number)[]; message?: string };

/** Maps convex-helpers' `ConvexError({ ZodError })` to the module's INVALID_ARGUMENT shape. */
function asInvalidArgument(error: unknown): unknown {
  if (!(error instanceof ConvexError)) return error;
  const data: unknown = error.data;
  if (typeof data !== "object" || data === null || !("ZodError" in data)) return error;
  const issue = ((data as { ZodError: Issue[] }).ZodError ?? [])[0] ?? {};
  const field = issue.path?.length ? String(issue.path[0]) : undefined;
  return failure("INVALID_ARGUMENT", `${field ?? "argument"}: ${issue.message ?? "is invalid"}`, field);
}

/** Any Convex function builder, as far as wrapping its handler goes. */
type Builder = (definition: { handler: (ctx: unknown, args: unknown) => unknown }) => unknown;

/** Wraps a Convex builder so every handler it registers reports zod failures as INVALID_ARGUMENT. */
function mappingZodErrors<B>(builder: B): B {
  const wrapped: Builder = (definition) =>
    (builder as unknown as Builder)({
      ...definition,
      handler: async (ctx: unknown, args: unknown) => {
        try {
          return await definition.handler(ctx, args);
        } catch (error) {
          throw asInvalidArgument(error);
        }
      },
    });
  return wrapped as B;
}

/** Resolves the caller's owner key (`tokenIdentifier`), or fails UNAUTHENTICATED. */
async function requireOwner(ctx: { auth: { getUserIdentity(): Promise<{ tokenIdentifier: string } | null> } }) {
  const identity = await ctx.auth.getUserIdentity();
  if (identity === null) throw failure("UNAUTHENTICATED", "sign in first: this function needs an authenticated caller");
  return { ctx: { ownerId: identity.tokenIdentifier }, args: {} };
}

// The app's data model holds the module's tables under the same names, so the module's functions are
// typed against the module's own data model and run unchanged in the app's.
const mutation = mutationGeneric as MutationBuilder<HeartbeatDataModel, "public">;
const query = queryGeneric as QueryBuilder<HeartbeatDataModel, "public">;

/** A public mutation with an authenticated caller (`ctx.ownerId`) and zod-validated arguments. */
export const ownerMutation = zCustomMutation(mappingZodErrors(mutation), { args: {}, input: requireOwner });

/** A public query with an authenticated caller (`ctx.ownerId`) and zod-validated arguments. */
export const ownerQuery = zCustomQuery(mappingZodErrors(query), { args: {}, input: requireOwner });

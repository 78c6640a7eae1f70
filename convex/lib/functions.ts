// The builders every public function is made with: they authenticate the caller, validate the
// arguments with zod (and Convex validators), and turn zod failures into INVALID_ARGUMENT.
import { zCustomMutation, zCustomQuery } from "convex-helpers/server/zod4";
import { ConvexError } from "convex/values";
import { mutation, query } from "../_generated/server";
import { failure } from "./errors";

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

/** Wraps a Convex builder so every handler it registers reports zod failures as INVALID_ARGUMENT. */
function mappingZodErrors<B extends typeof mutation | typeof query>(builder: B): B {
  const wrapped = (definition: { handler: (ctx: unknown, args: unknown) => unknown }) =>
    builder({
      ...definition,
      handler: async (ctx: unknown, args: unknown) => {
        try {
          return await definition.handler(ctx, args);
        } catch (error) {
          throw asInvalidArgument(error);
        }
      },
    } as never);
  return wrapped as unknown as B;
}

/** Resolves the caller's owner key (`tokenIdentifier`), or fails UNAUTHENTICATED. */
async function requireOwner(ctx: { auth: { getUserIdentity(): Promise<{ tokenIdentifier: string } | null> } }) {
  const identity = await ctx.auth.getUserIdentity();
  if (identity === null) throw failure("UNAUTHENTICATED", "sign in first: this function needs an authenticated caller");
  return { ctx: { ownerId: identity.tokenIdentifier }, args: {} };
}

/** A public mutation with an authenticated caller (`ctx.ownerId`) and zod-validated arguments. */
export const ownerMutation = zCustomMutation(mappingZodErrors(mutation), { args: {}, input: requireOwner });

/** A public query with an authenticated caller (`ctx.ownerId`) and zod-validated arguments. */
export const ownerQuery = zCustomQuery(mappingZodErrors(query), { args: {}, input: requireOwner });

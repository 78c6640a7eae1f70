// The builders every public function is made with: they authenticate the caller, validate the
// arguments with zod (and Convex validators), and turn zod failures into INVALID_ARGUMENT. Built on
// Convex's generic builders, so the functions run in whichever app mounts them.
import { zCustomMutation, zCustomQuery } from "convex-helpers/server/zod4";
import { mutationGeneric, queryGeneric } from "convex/server";
import { ConvexError } from "convex/values";
import { failure } from "./errors.js";
/** Maps convex-helpers' `ConvexError({ ZodError })` to the module's INVALID_ARGUMENT shape. */
function asInvalidArgument(error) {
    if (!(error instanceof ConvexError))
        return error;
    const data = error.data;
    if (typeof data !== "object" || data === null || !("ZodError" in data))
        return error;
    const issue = (data.ZodError ?? [])[0] ?? {};
    const field = issue.path?.length ? String(issue.path[0]) : undefined;
    return failure("INVALID_ARGUMENT", `${field ?? "argument"}: ${issue.message ?? "is invalid"}`, field);
}
/** Wraps a Convex builder so every handler it registers reports zod failures as INVALID_ARGUMENT. */
function mappingZodErrors(builder) {
    const wrapped = (definition) => builder({
        ...definition,
        handler: async (ctx, args) => {
            try {
                return await definition.handler(ctx, args);
            }
            catch (error) {
                throw asInvalidArgument(error);
            }
        },
    });
    return wrapped;
}
/** Resolves the caller's owner key (`tokenIdentifier`), or fails UNAUTHENTICATED. */
async function requireOwner(ctx) {
    const identity = await ctx.auth.getUserIdentity();
    if (identity === null)
        throw failure("UNAUTHENTICATED", "sign in first: this function needs an authenticated caller");
    return { ctx: { ownerId: identity.tokenIdentifier }, args: {} };
}
// The app's data model holds the module's tables under the same names, so the module's functions are
// typed against the module's own data model and run unchanged in the app's.
const mutation = mutationGeneric;
const query = queryGeneric;
/** A public mutation with an authenticated caller (`ctx.ownerId`) and zod-validated arguments. */
export const ownerMutation = zCustomMutation(mappingZodErrors(mutation), { args: {}, input: requireOwner });
/** A public query with an authenticated caller (`ctx.ownerId`) and zod-validated arguments. */
export const ownerQuery = zCustomQuery(mappingZodErrors(query), { args: {}, input: requireOwner });

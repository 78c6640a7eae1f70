// BASELINE, NOT PRODUCT CODE: the function builders typed over the baseline's schema, which is what
// convex/_generated/server would hold had codegen been run for this little app.
import {
  internalMutationGeneric,
  mutationGeneric,
  type DataModelFromSchemaDefinition,
  type GenericMutationCtx,
  type MutationBuilder,
} from "convex/server";
import type schema from "./schema";

/** The baseline's data model. */
export type DataModel = DataModelFromSchemaDefinition<typeof schema>;

/** A mutation context over the baseline's tables. */
export type MutationCtx = GenericMutationCtx<DataModel>;

/** A public mutation over the baseline's tables. */
export const mutation = mutationGeneric as MutationBuilder<DataModel, "public">;

/** An internal mutation over the baseline's tables. */
export const internalMutation = internalMutationGeneric as MutationBuilder<DataModel, "internal">;

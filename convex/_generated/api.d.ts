/* eslint-disable */
/**
 * Generated `api` utility.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import type * as chatrooms from "../chatrooms.js";
import type * as cleanup from "../cleanup.js";
import type * as crons from "../crons.js";
import type * as heartbeat from "../heartbeat.js";
import type * as machines from "../machines.js";
import type * as participants from "../participants.js";
import type * as reliability from "../reliability.js";

import type {
  ApiFromModules,
  FilterApi,
  FunctionReference,
} from "convex/server";

declare const fullApi: ApiFromModules<{
  chatrooms: typeof chatrooms;
  cleanup: typeof cleanup;
  crons: typeof crons;
  heartbeat: typeof heartbeat;
  machines: typeof machines;
  participants: typeof participants;
  reliability: typeof reliability;
}>;

/**
 * A utility for referencing Convex functions in your app's public API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = api.myModule.myFunction;
 * ```
 */
export declare const api: FilterApi<
  typeof fullApi,
  FunctionReference<any, "public">
>;

/**
 * A utility for referencing Convex functions in your app's internal API.
 *
 * Usage:
 * ```js
 * const myFunctionReference = internal.myModule.myFunction;
 * ```
 */
export declare const internal: FilterApi<
  typeof fullApi,
  FunctionReference<any, "internal">
>;

export declare const components: {};

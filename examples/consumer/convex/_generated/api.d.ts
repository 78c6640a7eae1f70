/* eslint-disable */
/**
 * Generated `api` utility.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import type * as crons from "../crons.js";
import type * as liveness_chatrooms from "../liveness/chatrooms.js";
import type * as liveness_cleanup from "../liveness/cleanup.js";
import type * as liveness_heartbeat from "../liveness/heartbeat.js";
import type * as liveness_machines from "../liveness/machines.js";
import type * as liveness_participants from "../liveness/participants.js";
import type * as notes from "../notes.js";

import type {
  ApiFromModules,
  FilterApi,
  FunctionReference,
} from "convex/server";

declare const fullApi: ApiFromModules<{
  crons: typeof crons;
  "liveness/chatrooms": typeof liveness_chatrooms;
  "liveness/cleanup": typeof liveness_cleanup;
  "liveness/heartbeat": typeof liveness_heartbeat;
  "liveness/machines": typeof liveness_machines;
  "liveness/participants": typeof liveness_participants;
  notes: typeof notes;
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

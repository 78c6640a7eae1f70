// The identifier rules, as zod schemas: the only place the shape of a machineId, role or name is
// decided. Public functions use them as argument validators; violations become INVALID_ARGUMENT.
import { z } from "zod/v4";

/** A daemon's machine id: 1-128 chars of [A-Za-z0-9._:-]. */
export const machineIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{1,128}$/, "must be 1-128 characters of A-Z a-z 0-9 . _ : -");

/** A CLI process's connection id: same alphabet and length as a machine id. */
export const connectionIdSchema = machineIdSchema;

/** A participant role: 1-64 chars of [A-Za-z0-9_-], case-insensitive, so stored lowercase. */
export const roleSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1-64 characters of A-Z a-z 0-9 _ -")
  .transform((role) => role.toLowerCase());

/** A daemon's hostname: at most 253 chars (the DNS limit). */
export const hostnameSchema = z.string().max(253, "must be at most 253 characters");

/** A chatroom id as the client sends it; `requireOwnedChatroom` checks that it names a chatroom. */
export const chatroomIdSchema = z.string();

/** A chatroom's display name: 1-100 chars. */
export const chatroomNameSchema = z
  .string()
  .min(1, "must not be empty")
  .max(100, "must be at most 100 characters");

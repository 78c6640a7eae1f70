// The one place expected failures are built: every public function throws these and only these,
// so clients can branch on `data.code` instead of parsing messages.
import { ConvexError } from "convex/values";

/** The closed set of failure codes a public function may return. */
export type ErrorCode = "UNAUTHENTICATED" | "NOT_FOUND" | "INVALID_ARGUMENT" | "QUOTA_EXCEEDED";

/** The payload of every expected failure: a code, a readable message and, for bad input or a quota, the field. */
export type ErrorData = { code: ErrorCode; message: string; field?: string };

/** Builds the ConvexError for an expected failure; callers `throw` it. */
export function failure(code: ErrorCode, message: string, field?: string): ConvexError<ErrorData> {
  return new ConvexError<ErrorData>(field === undefined ? { code, message } : { code, message, field });
}

/**
 * The answer for a chatroom the caller cannot see: exactly the same whether it never existed, was
 * removed, or belongs to another owner, so no answer tells an outsider which ids exist.
 */
export function chatroomNotFound(): ConvexError<ErrorData> {
  return failure("NOT_FOUND", "no such chatroom", "chatroomId");
}

/** The answer for a machine missing from the caller's namespace (whoever else may use the same machineId). */
export function machineNotFound(): ConvexError<ErrorData> {
  return failure("NOT_FOUND", "no such machine", "machineId");
}

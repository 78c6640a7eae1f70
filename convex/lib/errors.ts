// The one place expected failures are built: every public function throws these and only these,
// so clients can branch on `data.code` instead of parsing messages.
import { ConvexError } from "convex/values";

/** The closed set of failure codes a public function may return. */
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID_ARGUMENT";

/** The payload of every expected failure: a code, a readable message and, for bad input, the field. */
export type ErrorData = { code: ErrorCode; message: string; field?: string };

/** Builds the ConvexError for an expected failure; callers `throw` it. */
export function failure(code: ErrorCode, message: string, field?: string): ConvexError<ErrorData> {
  return new ConvexError<ErrorData>(field === undefined ? { code, message } : { code, message, field });
}

/** Reads the code of an error thrown by a Convex call, or undefined for an unexpected error. */
export function errorCode(error: unknown): ErrorCode | undefined {
  if (!(error instanceof ConvexError)) return undefined;
  const data: unknown = error.data;
  if (typeof data !== "object" || data === null || !("code" in data)) return undefined;
  return (data as ErrorData).code;
}

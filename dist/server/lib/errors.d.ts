import { ConvexError } from "convex/values";
/** The closed set of failure codes a public function may return. */
export type ErrorCode = "UNAUTHENTICATED" | "NOT_FOUND" | "INVALID_ARGUMENT" | "QUOTA_EXCEEDED";
/** The payload of every expected failure: a code, a readable message and, for bad input or a quota, the field. */
export type ErrorData = {
    code: ErrorCode;
    message: string;
    field?: string;
};
/** Builds the ConvexError for an expected failure; callers `throw` it. */
export declare function failure(code: ErrorCode, message: string, field?: string): ConvexError<ErrorData>;
/**
 * The answer for a chatroom the caller cannot see: exactly the same whether it never existed, was
 * removed, or belongs to another owner, so no answer tells an outsider which ids exist.
 */
export declare function chatroomNotFound(): ConvexError<ErrorData>;
/** The answer for a machine missing from the caller's namespace (whoever else may use the same machineId). */
export declare function machineNotFound(): ConvexError<ErrorData>;

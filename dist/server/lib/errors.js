// The one place expected failures are built: every public function throws these and only these,
// so clients can branch on `data.code` instead of parsing messages.
import { ConvexError } from "convex/values";
/** Builds the ConvexError for an expected failure; callers `throw` it. */
export function failure(code, message, field) {
    return new ConvexError(field === undefined ? { code, message } : { code, message, field });
}
/**
 * The answer for a chatroom the caller cannot see: exactly the same whether it never existed, was
 * removed, or belongs to another owner, so no answer tells an outsider which ids exist.
 */
export function chatroomNotFound() {
    return failure("NOT_FOUND", "no such chatroom", "chatroomId");
}
/** The answer for a machine missing from the caller's namespace (whoever else may use the same machineId). */
export function machineNotFound() {
    return failure("NOT_FOUND", "no such machine", "machineId");
}

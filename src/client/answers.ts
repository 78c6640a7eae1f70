// Reads the heartbeat mutations' answers without trusting their shape: an answer the SDK does not
// recognise (say, another function mounted at the reference) is a server failure, retried and reported.

/** The string `status` of an answer, or undefined when it has none. */
export function statusOf(answer: unknown): string | undefined {
  if (typeof answer !== "object" || answer === null || !("status" in answer)) return undefined;
  return typeof answer.status === "string" ? answer.status : undefined;
}

/** Whether the answer's `key` is `true`. */
export function flagOf(answer: unknown, key: string): boolean {
  return typeof answer === "object" && answer !== null && Reflect.get(answer, key) === true;
}

/** The error for an answer the front-end cannot act on. */
export function unexpectedAnswer(answer: unknown): Error {
  return new Error(`unexpected heartbeat answer ${JSON.stringify(answer)}: is the heartbeat reference this module's function?`);
}

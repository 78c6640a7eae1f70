// Reads values the SDK cannot trust the shape of (the heartbeat mutations' answers, thrown errors):
// an answer it does not recognise (say, another function mounted at the reference) is a server failure.

/** A property of a value, if it is an object that has it. */
export function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null && name in value ? (value as Record<string, unknown>)[name] : undefined;
}

/** A string property of a value, or undefined. */
export function stringField(value: unknown, name: string): string | undefined {
  const found = field(value, name);
  return typeof found === "string" ? found : undefined;
}

/** The string `status` of an answer, or undefined when it has none. */
export function statusOf(answer: unknown): string | undefined {
  return stringField(answer, "status");
}

/** Whether the answer's `key` is `true`. */
export function flagOf(answer: unknown, key: string): boolean {
  return field(answer, key) === true;
}

/** The error for an answer the front-end cannot act on. */
export function unexpectedAnswer(answer: unknown): Error {
  return new Error(`unexpected heartbeat answer ${JSON.stringify(answer)}: is the heartbeat reference this module's function?`);
}

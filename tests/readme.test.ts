// The README's example test is the one CI runs in the consumer app, word for word, so the example a
// developer copies is known to pass.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";

test("the README's example test is examples/consumer/tests/example.test.ts, verbatim", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const example = readFileSync(new URL("../examples/consumer/tests/example.test.ts", import.meta.url), "utf8");
  expect(readme).toContain("```ts\n" + example + "```");
});

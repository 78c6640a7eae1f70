// Test runner setup: convex-test needs the edge runtime (Convex's own) and must be inlined by vite.
import { defineConfig } from "vitest/config";

/** vitest configuration for the convex-test suites under tests/. */
export default defineConfig({
  test: {
    environment: "edge-runtime",
    include: ["tests/**/*.test.ts"],
    server: { deps: { inline: ["convex-test"] } },
  },
});

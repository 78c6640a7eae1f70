// The app's Convex functions for convex-test, found by vite from the convex/ folder.
export const modules = import.meta.glob(["../convex/**/*.*s", "!../convex/**/*.d.ts"]);

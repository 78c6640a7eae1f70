// Lists speak Convex's standard pagination, so `usePaginatedQuery` works on them: the page request
// it sends (bounded to LIST_PAGE_MAX items) and the page result it reads, split hints included.
import type { PaginationOptions, PaginationResult } from "convex/server";
import { z } from "zod/v4";
import { LIST_PAGE_MAX } from "../../reliability.js";

/** Convex's standard `paginationOpts` (what `usePaginatedQuery` sends), with 1 to LIST_PAGE_MAX items a page. */
export const paginationOptsSchema = z
  .object({
    numItems: z
      .number()
      .int("numItems must be a whole number")
      .min(1, "numItems must be at least 1")
      .max(LIST_PAGE_MAX, `numItems must be at most ${LIST_PAGE_MAX}`),
    cursor: z.string().nullable(),
    endCursor: z.string().nullable().optional(),
    id: z.number().optional(),
    maximumRowsRead: z.number().optional(),
    maximumBytesRead: z.number().optional(),
  })
  .transform(({ numItems, cursor, endCursor, maximumRowsRead, maximumBytesRead }): PaginationOptions => ({
    numItems,
    cursor,
    // Only the options the client set: under exactOptionalPropertyTypes an absent option is not an undefined one.
    ...(endCursor === undefined ? {} : { endCursor }),
    ...(maximumRowsRead === undefined ? {} : { maximumRowsRead }),
    ...(maximumBytesRead === undefined ? {} : { maximumBytesRead }),
  }));

/** Convex's standard page of results, as `usePaginatedQuery` reads it (it splits a page that grew on `splitCursor` / `pageStatus`). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    page: z.array(item),
    isDone: z.boolean(),
    continueCursor: z.string(),
    splitCursor: z.string().nullable().optional(),
    pageStatus: z.enum(["SplitRecommended", "SplitRequired"]).nullable().optional(),
  });
}

/** `result` with each document shown as `item` shows it, every other field of the page passed through. */
export function mapPage<D, T>(result: PaginationResult<D>, item: (doc: D) => T) {
  const { page, isDone, continueCursor, splitCursor, pageStatus } = result;
  return {
    page: page.map(item),
    isDone,
    continueCursor,
    ...(splitCursor === undefined ? {} : { splitCursor }),
    ...(pageStatus === undefined ? {} : { pageStatus }),
  };
}

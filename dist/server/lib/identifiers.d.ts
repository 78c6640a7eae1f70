import type { PaginationOptions } from "convex/server";
import { z } from "zod/v4";
/** A daemon's machine id: 1-128 chars of [A-Za-z0-9._:-]. */
export declare const machineIdSchema: z.ZodString;
/** A daemon process's instance id: same alphabet and length as a machine id. */
export declare const instanceIdSchema: z.ZodString;
/** A CLI process's connection id: same alphabet and length as a machine id. */
export declare const connectionIdSchema: z.ZodString;
/** A participant role: 1-64 chars of [A-Za-z0-9_-], case-insensitive, so stored lowercase. */
export declare const roleSchema: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
/** True when `text` is fit for logs and dashboards: no control or format characters (emoji aside), no lone surrogates, not blank. */
export declare function isCleanText(text: string): boolean;
/** A daemon's hostname: at most 253 chars (the DNS limit) of clean text. */
export declare const hostnameSchema: z.ZodString;
/** A chatroom's display name: 1-100 chars of clean text. */
export declare const chatroomNameSchema: z.ZodString;
/** A chatroom id as the client sends it; `ownedChatroom` checks that it names one of the caller's chatrooms. */
export declare const chatroomIdSchema: z.ZodString;
/** Convex's standard `paginationOpts` (what `usePaginatedQuery` sends), with 1 to LIST_PAGE_MAX items a page. */
export declare const paginationOptsSchema: z.ZodPipe<z.ZodObject<{
    numItems: z.ZodNumber;
    cursor: z.ZodNullable<z.ZodString>;
    endCursor: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    id: z.ZodOptional<z.ZodNumber>;
    maximumRowsRead: z.ZodOptional<z.ZodNumber>;
    maximumBytesRead: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>, z.ZodTransform<PaginationOptions, {
    numItems: number;
    cursor: string | null;
    endCursor?: string | null | undefined;
    id?: number | undefined;
    maximumRowsRead?: number | undefined;
    maximumBytesRead?: number | undefined;
}>>;
/** Convex's standard page of results, as `usePaginatedQuery` reads it. */
export declare function pageOf<T extends z.ZodType>(item: T): z.ZodObject<{
    page: z.ZodArray<T>;
    isDone: z.ZodBoolean;
    continueCursor: z.ZodString;
}, z.core.$strip>;

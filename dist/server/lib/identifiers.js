import { z } from "zod/v4";
import { LIST_PAGE_MAX } from "../../reliability.js";
/** A daemon's machine id: 1-128 chars of [A-Za-z0-9._:-]. */
export const machineIdSchema = z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,128}$/, "must be 1-128 characters of A-Z a-z 0-9 . _ : -");
/** A daemon process's instance id: same alphabet and length as a machine id. */
export const instanceIdSchema = machineIdSchema;
/** A CLI process's connection id: same alphabet and length as a machine id. */
export const connectionIdSchema = machineIdSchema;
/** A participant role: 1-64 chars of [A-Za-z0-9_-], case-insensitive, so stored lowercase. */
export const roleSchema = z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1-64 characters of A-Z a-z 0-9 _ -")
    .transform((role) => role.toLowerCase());
/** Control characters (C0, C1), format characters (Cf, e.g. U+202E) and lone surrogates. */
const UNCLEAN = /[\p{Cc}\p{Cf}\p{Cs}]/u;
/** The format characters that ordinary emoji are made of: a ZWJ between pictographs, and flag tag sequences. */
const EMOJI_JOINERS = /(?<=\p{Extended_Pictographic}\uFE0F?)\u200D(?=\p{Extended_Pictographic})|\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;
/** True when `text` is fit for logs and dashboards: no control or format characters (emoji aside), no lone surrogates, not blank. */
export function isCleanText(text) {
    return text.trim() !== "" && !UNCLEAN.test(text.replace(EMOJI_JOINERS, ""));
}
/** Display text of at most `max` characters: ordinary text (spaces inside, accents, emoji) is fine; see isCleanText. */
function cleanText(max) {
    return z
        .string()
        .max(max, `must be at most ${max} characters`)
        .refine(isCleanText, "must not be blank or hold control characters, format characters or lone surrogates");
}
/** A daemon's hostname: at most 253 chars (the DNS limit) of clean text. */
export const hostnameSchema = cleanText(253);
/** A chatroom's display name: 1-100 chars of clean text. */
export const chatroomNameSchema = cleanText(100);
/** A chatroom id as the client sends it; `ownedChatroom` checks that it names one of the caller's chatrooms. */
export const chatroomIdSchema = z.string();
/** Convex's standard `paginationOpts` (what `usePaginatedQuery` sends), with 1 to LIST_PAGE_MAX items a page. */
export const paginationOptsSchema = z.object({
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
}).transform(({ numItems, cursor, endCursor, maximumRowsRead, maximumBytesRead }) => ({
    numItems,
    cursor,
    // Only the options the client set: `paginate` reads an absent option and an undefined one differently under exactOptionalPropertyTypes.
    ...(endCursor === undefined ? {} : { endCursor }),
    ...(maximumRowsRead === undefined ? {} : { maximumRowsRead }),
    ...(maximumBytesRead === undefined ? {} : { maximumBytesRead }),
}));
/** Convex's standard page of results, as `usePaginatedQuery` reads it. */
export function pageOf(item) {
    return z.object({ page: z.array(item), isDone: z.boolean(), continueCursor: z.string() });
}

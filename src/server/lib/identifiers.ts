// The input rules, as zod schemas: the only place the shape of an id, a role or a name is decided.
// Public functions use them as argument validators; violations become INVALID_ARGUMENT.
import { z } from "zod/v4";

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

/**
 * Whole emoji as Unicode lists them (RGI_Emoji): ZWJ sequences, skin tones, keycaps and the three
 * subdivision flags are made of format characters that are fine inside an emoji and nowhere else, so
 * whole emoji are taken out before the check, and a stray joiner or tag run still fails it. (A runtime
 * without the regex `v` flag falls back to allowing a joiner between two pictographs.)
 */
const WHOLE_EMOJI = ((): RegExp => {
  try {
    return new RegExp("\\p{RGI_Emoji}", "gv");
  } catch {
    return /(?<=\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?)\u200D(?=\p{Extended_Pictographic})/gu;
  }
})();

/** True when `text` is fit for logs and dashboards: no control or format characters (emoji aside), no lone surrogates, not blank. */
export function isCleanText(text: string): boolean {
  return text.trim() !== "" && !UNCLEAN.test(text.replace(WHOLE_EMOJI, ""));
}

/** Display text of at most `max` characters: ordinary text (spaces inside, accents, emoji) is fine; see isCleanText. */
function cleanText(max: number) {
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

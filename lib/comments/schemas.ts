import { z } from "zod";
import { stripUnsafeCharacters } from "@/lib/text/unsafe-characters";
import { MAX_COMMENT_LENGTH, SORTS } from "./constants";

const id = z.coerce.number({ error: "Missing or invalid id." }).int().positive().max(Number.MAX_SAFE_INTEGER);

export const commentBodySchema = z
  .string({ error: "Write a comment first." })
  .transform((s) => stripUnsafeCharacters(s.replace(/\r\n?/g, "\n")).trim())
  .pipe(
    z
      .string()
      .min(1, "Write a comment first: it can't be empty.")
      .max(MAX_COMMENT_LENGTH, `Comments can be at most ${MAX_COMMENT_LENGTH.toLocaleString("en")} characters.`),
  );

export const postCommentSchema = z.object({
  threadId: id,
  parentId: z.preprocess((v) => (v === "" || v === null ? undefined : v), id.optional()),
  body: commentBodySchema,
});
export type PostCommentInput = z.infer<typeof postCommentSchema>;

export const editCommentSchema = z.object({ commentId: id, body: commentBodySchema });
export type EditCommentInput = z.infer<typeof editCommentSchema>;

export const deleteCommentSchema = z.object({ commentId: id });

export const voteCommentSchema = z.object({
  commentId: id,
  direction: z.enum(["up", "down"], { error: "Vote up or down." }),
});
export type VoteCommentInput = z.infer<typeof voteCommentSchema>;

export const REPORT_REASONS = {
  spam: "Spam",
  abuse: "Abuse or harassment",
  off_topic: "Off-topic",
  other: "Something else",
} as const;

export const reportCommentSchema = z
  .object({
    commentId: id,
    reason: z.enum(["spam", "abuse", "off_topic", "other"], { error: "Choose a reason for the report." }),
    note: z
      .string()
      .optional()
      .transform((s) => (s === undefined ? undefined : stripUnsafeCharacters(s).trim() || undefined))
      .pipe(z.string().max(500, "Keep the note under 500 characters.").optional()),
  })
  .refine((r) => r.reason !== "other" || !!r.note, { path: ["note"], message: "Tell the moderators what is wrong." });
export type ReportCommentInput = z.infer<typeof reportCommentSchema>;

export const sortSchema = z.enum(SORTS, { error: `Sort must be one of: ${SORTS.join(", ")}.` });

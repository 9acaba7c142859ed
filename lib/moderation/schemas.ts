import { z } from "zod";

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const reason = z
  .string()
  .optional()
  .transform((s) => s?.trim() || undefined)
  .pipe(z.string().max(500, "Keep the reason under 500 characters.").optional());

export const MODERATION_DECISIONS = ["approve", "reject", "spam"] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

const UNSEEN = "Reload the page: the form didn't say which version of the comment you saw.";
const revision = z.coerce.number({ error: UNSEEN }).int(UNSEEN).positive(UNSEEN).max(2_147_483_647, UNSEEN);

export const moderateCommentsSchema = z
  .object({
    commentIds: z.array(id, { error: "Choose at least one comment." }).min(1, "Choose at least one comment.").max(100, "Act on at most 100 comments at once."),
    /** Comment id → the revision the moderator saw: the decision is about that text and no other. */
    revisions: z.record(z.string().max(20), revision, { error: UNSEEN }),
    decision: z.enum(MODERATION_DECISIONS, { error: "Choose approve, reject or spam." }),
    reason,
  })
  .refine((v) => v.decision !== "reject" || !!v.reason, { path: ["reason"], message: "Say why it is rejected: the author will see it." })
  .refine((v) => v.commentIds.every((id) => v.revisions[id] !== undefined), { path: ["revisions"], message: UNSEEN });
export type ModerateCommentsInput = z.infer<typeof moderateCommentsSchema>;

export const featureCommentSchema = z.object({ commentId: id, featured: z.boolean() });

export const BAN_DURATIONS = { "1d": 1, "7d": 7, "30d": 30, permanent: null } as const;

// Where a ban applies: a site's public id, or empty (or "everywhere") for every site.
const banScope = z
  .string({ error: "Choose where the ban applies." })
  .trim()
  .optional()
  .transform((v) => (!v || v === "everywhere" ? null : v))
  .pipe(z.string().regex(/^[a-z0-9]{1,40}$/, "Choose a site, or everywhere.").nullable());

export const banUserSchema = z.object({
  userId: z.string().min(1, "Choose whom to ban.").max(100),
  duration: z.enum(["1d", "7d", "30d", "permanent"], { error: "Choose how long the ban lasts." }),
  reason: z.string().trim().min(3, "Say why: the reader will see it.").max(500, "Keep the reason under 500 characters."),
  site: banScope,
});

export const unbanUserSchema = z.object({ userId: z.string().min(1).max(100), site: banScope });

export const threadFlagSchema = z.object({ threadId: id, value: z.boolean() });

export const changeRoleSchema = z.object({
  userId: z.string().min(1).max(100),
  role: z.enum(["reader", "moderator", "admin"], { error: "Choose reader, moderator or admin." }),
});

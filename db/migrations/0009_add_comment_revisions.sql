CREATE TABLE "comment_revisions" (
	"comment_id" bigint NOT NULL,
	"revision" integer NOT NULL,
	"body_markdown" text NOT NULL,
	"body_html" text NOT NULL,
	"editor_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comment_revisions_comment_id_revision_pk" PRIMARY KEY("comment_id","revision")
);
--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "queued_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD COLUMN "comment_revision" integer;--> statement-breakpoint
ALTER TABLE "moderation_actions" ADD COLUMN "content_hash" text;--> statement-breakpoint
ALTER TABLE "comment_revisions" ADD CONSTRAINT "comment_revisions_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_revisions" ADD CONSTRAINT "comment_revisions_editor_id_users_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comments_queued_at_id_idx" ON "comments" USING btree ("queued_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "comments"."status" = 'pending';--> statement-breakpoint
-- Backfill: a comment made before revisions were kept has one, its current text; it
-- joined the queue when it was posted. A deleted comment has no text left to keep.
UPDATE "comments" SET "queued_at" = "created_at";--> statement-breakpoint
INSERT INTO "comment_revisions" ("comment_id", "revision", "body_markdown", "body_html", "editor_id", "created_at")
  SELECT "id", 1, "body_markdown", "body_html", "author_id", coalesce("edited_at", "created_at")
  FROM "comments" WHERE "deleted_at" IS NULL;

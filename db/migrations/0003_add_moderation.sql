CREATE TYPE "public"."moderation_action_kind" AS ENUM('hold', 'refuse', 'hide', 'approve', 'reject', 'spam', 'feature', 'unfeature', 'ban', 'unban', 'close_thread', 'reopen_thread', 'set_premoderation', 'change_role', 'update_settings');--> statement-breakpoint
CREATE TABLE "moderation_actions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "moderation_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" "moderation_action_kind" NOT NULL,
	"actor_id" text,
	"rule" text,
	"comment_id" bigint,
	"target_user_id" text,
	"thread_id" bigint,
	"site_id" bigint,
	"reason" text,
	"status_before" text,
	"status_after" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_settings" (
	"site_id" bigint PRIMARY KEY NOT NULL,
	"premoderation" boolean DEFAULT false NOT NULL,
	"banned_words" text[] DEFAULT '{}' NOT NULL,
	"suspect_words" text[] DEFAULT '{}' NOT NULL,
	"max_links" integer DEFAULT 3,
	"new_account_hold_count" integer DEFAULT 0 NOT NULL,
	"report_hide_threshold" integer DEFAULT 3,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "is_featured" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "open_report_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "moderation_reason" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "held_by_rule" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "moderated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "is_premoderated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "banned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "banned_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "ban_reason" text;--> statement-breakpoint
ALTER TABLE "moderation_settings" ADD CONSTRAINT "moderation_settings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "moderation_actions_created_at_id_idx" ON "moderation_actions" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "moderation_actions_comment_id_idx" ON "moderation_actions" USING btree ("comment_id");--> statement-breakpoint
CREATE INDEX "moderation_actions_target_user_id_idx" ON "moderation_actions" USING btree ("target_user_id");--> statement-breakpoint
CREATE INDEX "comments_status_created_at_id_idx" ON "comments" USING btree ("status","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "comments_open_report_count_created_at_id_idx" ON "comments" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "comments"."open_report_count" > 0;
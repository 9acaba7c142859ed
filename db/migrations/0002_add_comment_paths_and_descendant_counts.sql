DROP INDEX "comments_root_id_created_at_id_idx";--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "path" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "descendant_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "comments_root_id_path_idx" ON "comments" USING btree ("root_id","path");--> statement-breakpoint
CREATE INDEX "rate_limit_buckets_expires_at_idx" ON "rate_limit_buckets" USING btree ("expires_at");
CREATE TYPE "public"."site_sign_in" AS ENUM('sso_and_parley', 'sso_only', 'parley_only');--> statement-breakpoint
CREATE TABLE "site_bans" (
	"site_id" bigint NOT NULL,
	"user_id" text NOT NULL,
	"banned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"banned_until" timestamp with time zone,
	"reason" text,
	CONSTRAINT "site_bans_site_id_user_id_pk" PRIMARY KEY("site_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "used_token_ids" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "public_id" text DEFAULT substr(replace(gen_random_uuid()::text, '-', ''), 1, 20) NOT NULL;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "allowed_origins" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "sso_secret" text;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "sign_in" "site_sign_in" DEFAULT 'sso_and_parley' NOT NULL;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "close_after_days" integer;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "url" text;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "site_id" bigint;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "sso_email" text;--> statement-breakpoint
ALTER TABLE "site_bans" ADD CONSTRAINT "site_bans_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_bans" ADD CONSTRAINT "site_bans_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "site_bans_user_id_idx" ON "site_bans" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "used_token_ids_expires_at_idx" ON "used_token_ids" USING btree ("expires_at");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_publicId_unique" UNIQUE("public_id");
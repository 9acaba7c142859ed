ALTER TABLE "users" ADD COLUMN "sign_up_token_hash" text;--> statement-breakpoint
-- From here on a password account needs a confirmed email. Those made before had no way to
-- confirm one: they keep working as they did, marked confirmed from when they were made.
-- Only rows that exist now, before any sign-up under the new rules can have happened.
UPDATE "users" SET "email_verified" = "created_at" WHERE "email_verified" IS NULL AND "password_hash" IS NOT NULL;

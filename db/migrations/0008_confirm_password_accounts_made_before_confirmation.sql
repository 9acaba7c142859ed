-- Password accounts made before sign-up needed a confirmed email have none recorded, and
-- would now be refused as unconfirmed, their passwords dropped by their next email link.
-- They keep working as they did: marked confirmed from when they were made. (Pending
-- sign-ups made since carry a sign_up_token_hash, or have sent no link yet.)
UPDATE "users" SET "email_verified" = "created_at"
WHERE "email_verified" IS NULL AND "password_hash" IS NOT NULL AND "sign_up_token_hash" IS NULL;

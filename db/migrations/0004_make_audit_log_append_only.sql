-- The audit log is append-only: no code path, and no slip of a future one, may rewrite history.
CREATE FUNCTION refuse_moderation_action_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'moderation_actions is append-only';
END;
$$;--> statement-breakpoint
CREATE TRIGGER moderation_actions_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON moderation_actions
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_moderation_action_change();

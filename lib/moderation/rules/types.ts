/** What the rules see of a comment being posted or edited. */
export type RuleInput = {
  /** The comment as written, in markdown. */
  text: string;
  /** The same comment rendered and sanitized: every link in it is an `<a ` tag. */
  html: string;
  /** How many of the author's comments are already published, not counting this one. */
  authorPublishedCount: number;
  isThreadPremoderated: boolean;
};

/** A site's automatic rules: the columns of `moderation_settings`. */
export type ModerationRuleSettings = {
  premoderation: boolean;
  bannedWords: readonly string[];
  suspectWords: readonly string[];
  /** null turns the link rule off. */
  maxLinks: number | null;
  /** 0 turns the new-account rule off. */
  newAccountHoldCount: number;
  /** Read when a comment is reported, not when it is posted; null turns hiding off. */
  reportHideThreshold: number | null;
};

/** Stored in `moderation_actions.rule` and `comments.held_by_rule`: renaming one orphans the rows already written. */
export type RuleId = "banned_words" | "suspect_words" | "too_many_links" | "new_account" | "premoderation";

/** A rule's objection. A refusal's reason is shown to the author; a hold's to moderators. */
export type RuleDecision = { decision: "refuse" | "hold"; rule: RuleId; reason: string };

/** null means the rule has no objection. */
export type ModerationRule = (input: RuleInput, settings: ModerationRuleSettings) => RuleDecision | null;

/**
 * The verdict on a comment. `fired` lists the decisions that made it, in rule order,
 * so `fired[0].reason` is the one to show: only refusals when refused (nothing is
 * stored, so holds do not matter), every hold when held.
 */
export type ModerationOutcome =
  | { decision: "publish"; fired: [] }
  | { decision: "refuse" | "hold"; fired: [RuleDecision, ...RuleDecision[]] };

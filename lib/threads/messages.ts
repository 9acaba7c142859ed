import { de } from "./locales/de";
import { en } from "./locales/en";
import { es } from "./locales/es";
import { fr } from "./locales/fr";

export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every text of the thread UI, in one language. Components take it as a prop (the article
 * page is a server component: no context). `{n}` and `{name}`-style holes are filled by
 * the helpers below; plurals pick their form by Intl.PluralRules.
 */
export type ThreadMessages = {
  locale: string;
  heading: string;
  /** "Comments (12)"; `{n}` is the formatted count. */
  headingWithCount: string;
  /** "12 comments", for counts shown outside the thread. */
  commentCount: Plural;
  closed: string;
  bannedUntil: string;
  bannedPermanently: string;
  banReason: string;
  canStillRead: string;
  signInToComment: string;
  signOut: string;
  signedInAs: string;
  commentAs: string;
  postComment: string;
  replyTo: string;
  postReply: string;
  posting: string;
  markdownHint: string;
  showingOneConversation: string;
  commentNotAvailable: string;
  viewAllComments: string;
  empty: string;
  sortComments: string;
  sortBy: string;
  sorts: { best: string; newest: string; oldest: string };
  backToFirst: string;
  loadMore: string;
  loading: string;
  replies: string;
  showMoreReplies: Plural;
  edited: string;
  featured: string;
  status: { pending: string; rejected: string; spam: string };
  rule: string;
  replyingTo: string;
  placeholders: { "[deleted]": string; "[removed by a moderator]": string };
  reply: string;
  edit: string;
  delete: string;
  report: string;
  editYourComment: string;
  saveChanges: string;
  deleteConfirm: string;
  deleteSubmit: string;
  reportLegend: string;
  reportReasons: { spam: string; abuse: string; off_topic: string; other: string };
  reportNote: string;
  sendReport: string;
  upvote: string;
  downvote: string;
  upShort: string;
  downShort: string;
};

export const THREAD_LOCALES = { en, de, fr, es } as const;
export type ThreadLocale = keyof typeof THREAD_LOCALES;

/** The messages for a language tag ("de", "fr-CA", "es-419"…); English for anything else. */
export function getThreadMessages(lang?: string | null): ThreadMessages {
  const base = (lang ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  return base in THREAD_LOCALES ? THREAD_LOCALES[base as ThreadLocale] : en;
}

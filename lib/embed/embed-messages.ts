import type { EmbedError, EmbedNotice } from "./embed-request";

/** What a write's result code says to the reader: fixed text, so nothing in the URL is ever shown. */
export const NOTICE_MESSAGES: Record<EmbedNotice, string> = {
  posted: "Your comment is posted.",
  held: "Thanks. Your comment will appear once a moderator has approved it.",
  saved: "Saved.",
  deleted: "Deleted.",
  voted: "Vote counted.",
  reported: "Thanks. The moderators will take a look.",
  signed_out: "You are signed out.",
};

export const ERROR_MESSAGES: Record<EmbedError, string> = {
  invalid_input: "Check what you wrote and try again: it can't be empty or longer than allowed.",
  unauthorized: "Sign in to take part.",
  forbidden: "You can't do that here.",
  not_found: "That comment or discussion no longer exists.",
  conflict: "That can't be done now: the discussion may be closed, or the comment changed.",
  payload_too_large: "That was too long to send.",
  rate_limited: "You're going a bit fast. Wait a moment and try again.",
  unavailable: "Comments are unavailable right now. Try again in a moment.",
};

/** Why a page may not show the thread, by what was refused. */
export const REFUSALS = {
  invalid: { status: 400, title: "This comments link is malformed", text: "The address of this comments frame is not one Parley understands." },
  unknown_site: { status: 404, title: "No such site", text: "Parley knows no site with this id, so it has no comments to show here." },
  origin: { status: 403, title: "Comments not available here", text: "This page's address isn't allowed to show these comments. The site's owner can add it to the site's allowed origins in Parley." },
  unavailable: { status: 503, title: "Comments are unavailable for a moment", text: "Parley can't reach its database just now. Reload the page in a minute." },
  page: { status: 400, title: "This page can't have comments", text: "The page's key, address or title is not one Parley can keep." },
} as const;

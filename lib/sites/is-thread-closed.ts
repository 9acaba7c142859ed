const DAY_MS = 24 * 3600_000;

/**
 * Whether a thread takes no new comments: closed by a moderator, or older than its
 * site's closeAfterDays. Pages call it to say "Comments are closed." and hide the form.
 */
export function isThreadClosed(thread: { isClosed: boolean; createdAt: Date }, site: { closeAfterDays: number | null }, now: Date): boolean {
  if (thread.isClosed) return true;
  return site.closeAfterDays !== null && now.getTime() >= thread.createdAt.getTime() + site.closeAfterDays * DAY_MS;
}

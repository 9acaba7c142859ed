import type { Sql } from "postgres";

/** What a thread holds: every row, the rows readers see, the counter that should count the latter, the newest id. */
export type ThreadRows = { rows: number; live: number; commentCount: number; maxId: number };

/** What the answers said: the ids answered 201, and the texts of the posts still unanswered when the load stopped. */
export type Answers = { createdIds: number[]; unansweredBodies: string[] };

/** How what was stored matched the answers; see verifyStored. */
export type StoredCheck = {
  rowsGrew: number;
  created: number;
  /** Posts autocannon stopped waiting for at the cut-off that the app finished anyway. */
  storedAfterCutoff: number;
  unansweredAtCutoff: number;
  commentCountGrew: number;
};

export async function countThreadRows(sql: Sql, threadId: number): Promise<ThreadRows> {
  const [row] = await sql<[ThreadRows]>`
    select count(*)::int as rows,
           (count(*) filter (where status = 'published' and deleted_at is null))::int as live,
           (select comment_count from threads where id = ${threadId})::int as "commentCount",
           coalesce(max(id), 0)::int as "maxId"
    from comments where thread_id = ${threadId}`;
  return row;
}

/**
 * Waits for the app to finish the posts autocannon stopped waiting for when its
 * time ran out (it drops its connections, the server carries on): until no other
 * session of this database runs a statement and the thread's rows held still
 * between two looks.
 */
export async function settle(sql: Sql, threadId: number, timeoutMs = 15_000): Promise<ThreadRows> {
  const deadline = Date.now() + timeoutMs;
  let last: ThreadRows | undefined;
  while (Date.now() < deadline) {
    const [{ busy }] = await sql<[{ busy: number }]>`
      select count(*)::int as busy from pg_stat_activity
      where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid() and state <> 'idle'`;
    const now = await countThreadRows(sql, threadId);
    if (busy === 0 && last?.rows === now.rows) return now;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the app was still writing to thread ${threadId} ${timeoutMs / 1000} s after the load stopped`);
}

/**
 * Fails unless the thread holds exactly what the answers said: every comment
 * answered 201, plus only posts that were still unanswered at the cut-off; and
 * threads.comment_count grew with the comments readers see. A benchmark that
 * quietly measured failing writes would be worthless.
 */
export async function verifyStored(sql: Sql, threadId: number, { before, after }: { before: ThreadRows; after: ThreadRows }, answers: Answers): Promise<StoredCheck> {
  const { createdIds, unansweredBodies } = answers;
  const added = await sql<{ id: number; body: string }[]>`
    select id::int, body_markdown as body from comments where thread_id = ${threadId} and id > ${before.maxId}`;
  const created = new Set(createdIds);
  const unanswered = new Set(unansweredBodies);
  const afterCutoff = added.filter((c) => !created.has(c.id));
  const check = {
    rowsGrew: after.rows - before.rows,
    created: createdIds.length,
    storedAfterCutoff: afterCutoff.length,
    unansweredAtCutoff: unanswered.size,
    commentCountGrew: after.commentCount - before.commentCount,
  };
  const unaccounted = afterCutoff.filter((c) => !unanswered.has(c.body)).length;
  const problems = [
    created.size !== createdIds.length && "an id was answered 201 twice",
    added.length !== created.size + afterCutoff.length && `of the ${created.size} comments answered 201, ${created.size + afterCutoff.length - added.length} are not in the thread`,
    unaccounted > 0 && `${unaccounted} comments were stored that were neither answered 201 nor in flight at the cut-off`,
    check.rowsGrew !== added.length && `the thread grew by ${check.rowsGrew} rows, ${added.length} of them new`,
    check.commentCountGrew !== after.live - before.live &&
      `threads.comment_count grew by ${check.commentCountGrew} but the comments readers see by ${after.live - before.live}`,
  ].filter((p) => p !== false);
  if (problems.length > 0) throw new Error(`posting over HTTP stored something else than it answered: ${problems.join("; ")}`);
  return check;
}

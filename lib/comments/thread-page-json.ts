import "server-only";
import type { ArticleView } from "@/lib/articles/dto";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import type { CommentView } from "./dto";
import { listThreadComments } from "./list-thread-comments";
import { threadQuerySchema } from "./schemas";

type Options = { article: ArticleView; query: Record<string, string>; viewer: Viewer | null; now: Date };

/** The public JSON shape of a thread page (documented in README). Bad parameters are refused, not ignored. */
export async function getThreadPageJson({ article, query, viewer, now }: Options) {
  const parsed = threadQuerySchema.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("invalid_input", issue?.message ?? "Invalid query.", { field: String(issue?.path[0] ?? "") });
  }
  const { sort, cursor } = parsed.data;
  const page = await listThreadComments({ thread: article.thread, sort, cursor, viewer, now });
  return {
    article: { slug: article.slug, commentCount: article.thread.commentCount, isClosed: article.thread.isClosed },
    sort,
    comments: page.items.map((tree) => ({
      ...toJson(tree),
      replies: tree.replies.map(toJson),
      moreReplies: tree.moreReplies,
    })),
    nextCursor: page.nextCursor,
  };
}

function toJson(c: CommentView) {
  return {
    id: c.id,
    parentId: c.parentId,
    depth: c.depth,
    author: { name: c.author.displayName, image: c.author.image },
    html: c.html,
    deleted: c.isDeleted,
    createdAt: c.createdAt.toISOString(),
    editedAt: c.editedAt?.toISOString() ?? null,
    upvotes: c.upvotes,
    downvotes: c.downvotes,
    score: c.score,
    replyingTo: c.replyingTo,
  };
}

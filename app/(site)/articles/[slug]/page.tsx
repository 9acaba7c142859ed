import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ArticleView } from "@/lib/articles/dto";
import { getArticle } from "@/lib/articles/get-article";
import { listRelatedArticles } from "@/lib/articles/list-related-articles";
import { toExcerpt } from "@/lib/articles/excerpt";
import { getViewer } from "@/lib/auth/viewer";
import { hasRole } from "@/lib/moderation/require-role";
import { readThread } from "@/lib/threads/read-thread";
import { unlessUnavailable } from "@/lib/unavailable";
import { ServiceUnavailable, unavailableMetadata } from "@/app/_components/service-unavailable";
import { ArticleBody } from "./_components/article-body";
import { CommentsSection } from "./_components/comments-section";
import { CommentsUnavailable } from "@/app/_components/thread/comments-unavailable";
import { Hashtags } from "./_components/hashtags";
import { RelatedArticles } from "./_components/related-articles";
import { loadMoreCommentsAction, loadMoreRepliesAction } from "./load-more-actions";

type Query = Record<string, string | string[] | undefined>;
type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Query>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const slug = (await params).slug;
  const read = await unlessUnavailable(() => getArticle(slug));
  if (!read) return unavailableMetadata;
  const article = read.value;
  if (!article) return { title: "Article not found" };
  const description = toExcerpt(article.paragraphs.join(" "), 160);
  const url = `/articles/${article.slug}`;
  return {
    title: article.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      title: article.title,
      description,
      publishedTime: article.publishedAt.toISOString(),
      authors: article.byline ? [article.byline] : undefined,
      tags: article.hashtags,
    },
  };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  await connection();
  const slug = (await params).slug;
  const read = await unlessUnavailable(() => getArticle(slug));
  if (!read) return <ServiceUnavailable />;
  const article = read.value;
  if (!article) notFound();
  const now = new Date();
  const query = await searchParams;
  const discussion = await loadDiscussion(article, query, now);
  if (!discussion) {
    return (
      <div className="page page--article">
        <main id="main" className="article-main">
          <ArticleBody article={article} now={now} />
          <Hashtags tags={article.hashtags} />
          <CommentsUnavailable />
        </main>
      </div>
    );
  }
  const { viewer, related, thread } = discussion;
  // Only moderators' actions land here with a notice; nobody else is shown text from a URL.
  const flash = hasRole(viewer, "moderator")
    ? { notice: typeof query.notice === "string" ? query.notice : undefined, error: typeof query.error === "string" ? query.error : undefined }
    : undefined;
  return (
    <div className="page page--article">
      <main id="main" className="article-main">
        <ArticleBody article={article} now={now} />
        <Hashtags tags={article.hashtags} />
        <CommentsSection
          slug={article.slug}
          thread={thread}
          viewer={viewer}
          isModerator={hasRole(viewer, "moderator")}
          now={now}
          flash={flash}
          loadMoreComments={loadMoreCommentsAction}
          loadMoreReplies={loadMoreRepliesAction}
        />
      </main>
      <RelatedArticles articles={related} now={now} />
    </div>
  );
}

/** The viewer, the thread and the related list; null while the database is unreachable. */
async function loadDiscussion(article: ArticleView, query: Query, now: Date) {
  const read = await unlessUnavailable(async () => {
    const viewer = await getViewer();
    const [related, thread] = await Promise.all([
      listRelatedArticles(article.id),
      readThread({ thread: article.thread, query, viewer, now }),
    ]);
    return { viewer, related, thread };
  });
  return read?.value ?? null;
}

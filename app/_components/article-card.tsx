import Link from "next/link";
import type { ArticleSummary } from "@/lib/articles/dto";
import { formatCommentCount } from "./comment-count";
import { Timestamp } from "./timestamp";

type Props = {
  article: ArticleSummary;
  now: Date;
  headingLevel: "h2" | "h3";
  compact?: boolean;
};

/** One article in a list: source, time, title, excerpt, comment count. */
export function ArticleCard({ article, now, headingLevel: Heading, compact = false }: Props) {
  const href = `/articles/${article.slug}`;
  return (
    <article className={compact ? "card card--compact" : "card"}>
      <p className="meta">
        <span className="source">{article.sourceName}</span>
        <span aria-hidden="true"> · </span>
        <Timestamp date={article.publishedAt} now={now} />
      </p>
      <Heading className="card__title">
        <Link href={href}>{article.title}</Link>
      </Heading>
      <p className="card__excerpt">{article.excerpt}</p>
      <p className="card__comments">
        <Link href={`${href}#comments`}>{formatCommentCount(article.commentCount)}</Link>
      </p>
    </article>
  );
}

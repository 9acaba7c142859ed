import type { ArticleView } from "@/lib/articles/dto";
import { Timestamp } from "@/app/_components/timestamp";

export function ArticleBody({ article, now }: { article: ArticleView; now: Date }) {
  return (
    <article className="story" aria-labelledby="story-title">
      <header className="story__header">
        <p className="meta">
          <span className="source">{article.sourceName}</span>
          <span aria-hidden="true"> · </span>
          <Timestamp date={article.publishedAt} now={now} />
        </p>
        <h1 id="story-title" className="story__title">
          {article.title}
        </h1>
        {article.byline ? <p className="story__byline">By {article.byline}</p> : null}
      </header>
      <div className="story__body">
        {article.paragraphs.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
    </article>
  );
}

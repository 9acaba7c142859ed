import type { ArticleSummary } from "@/lib/articles/dto";
import { ArticleCard } from "@/app/_components/article-card";

export function RelatedArticles({ articles, now }: { articles: ArticleSummary[]; now: Date }) {
  if (articles.length === 0) return null;
  return (
    <aside className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related Articles</h2>
      <ul className="related__list">
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} now={now} headingLevel="h3" compact />
          </li>
        ))}
      </ul>
    </aside>
  );
}

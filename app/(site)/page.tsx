import type { Metadata } from "next";
import { connection } from "next/server";
import { listArticles } from "@/lib/articles/list-articles";
import { unlessUnavailable } from "@/lib/unavailable";
import { ArticleCard } from "../_components/article-card";
import { ServiceUnavailable } from "../_components/service-unavailable";

export const metadata: Metadata = {
  title: { absolute: "Parley — news and discussion" },
  description: "The latest news, and the conversations readers are having about it.",
  alternates: { canonical: "/" },
  openGraph: { type: "website", url: "/", title: "Parley — news and discussion" },
};

export default async function HomePage() {
  await connection();
  const read = await unlessUnavailable(listArticles);
  if (!read) return <ServiceUnavailable />;
  const articles = read.value;
  const now = new Date();
  return (
    <main id="main" className="page page--home">
      <h1 className="page-title">Latest news</h1>
      {articles.length === 0 ? (
        <p className="empty">No articles yet.</p>
      ) : (
        <ol className="article-list">
          {articles.map((article) => (
            <li key={article.slug}>
              <ArticleCard article={article} now={now} headingLevel="h2" />
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}

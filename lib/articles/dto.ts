/** What a list (home, related articles) shows of an article. */
export type ArticleSummary = {
  slug: string;
  sourceName: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  commentCount: number;
};

/** What the article page shows. */
export type ArticleView = {
  id: number;
  slug: string;
  sourceName: string;
  title: string;
  paragraphs: string[];
  byline: string | null;
  publishedAt: Date;
  hashtags: string[];
  thread: { id: number; commentCount: number; isClosed: boolean; isPremoderated: boolean };
};

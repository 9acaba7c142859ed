/** The tags block; absent altogether when the article has none. */
export function Hashtags({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <section className="hashtags" aria-labelledby="hashtags-heading">
      <h2 id="hashtags-heading">Hashtags</h2>
      <ul className="tag-list">
        {tags.map((tag) => (
          <li key={tag} className="tag">
            #{tag}
          </li>
        ))}
      </ul>
    </section>
  );
}

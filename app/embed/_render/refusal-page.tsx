import { EmbedDocument, type EmbedLook } from "./embed-document";

/** A plain explanation in place of a thread: no script, nothing to act on. */
export function RefusalPage({ look, nonce, title, text, problems = [] }: { look: EmbedLook; nonce: string; title: string; text: string; problems?: string[] }) {
  return (
    <EmbedDocument {...look} title={title} nonce={nonce} parentOrigin={null} scripts={[]}>
      <main className="refusal" data-parley-refusal>
        <h1>{title}</h1>
        <p>{text}</p>
        {problems.length ? (
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
      </main>
    </EmbedDocument>
  );
}

import type { CSSProperties, ReactNode } from "react";

export type EmbedLook = { theme: "light" | "dark" | "auto"; accent?: string; lang?: string };

type Props = EmbedLook & {
  title: string;
  nonce: string;
  /** Set only when the embedding page's origin is allowed: the script talks to nothing else. */
  parentOrigin: string | null;
  frame?: number;
  scripts: string[];
  children: ReactNode;
};

/** The iframe's page: its own small stylesheet and script, no framework on the client. */
export function EmbedDocument({ theme, accent, lang, title, nonce, parentOrigin, frame, scripts, children }: Props) {
  const style = accent ? ({ "--accent": accent } as CSSProperties) : undefined;
  return (
    <html lang={lang ?? "en"} data-theme={theme} style={style}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        {/* eslint-disable-next-line @next/next/no-css-tags -- a route handler's HTML: Next's CSS pipeline is not in play */}
        <link rel="stylesheet" href="/embed/thread.css" />
      </head>
      <body data-parley-parent={parentOrigin ?? undefined} data-parley-frame={parentOrigin && frame !== undefined ? frame : undefined}>
        {children}
        {scripts.map((src) => (
          <script key={src} src={src} nonce={nonce} defer />
        ))}
      </body>
    </html>
  );
}

import type { ReactNode } from "react";
import { EmbedDocument, type EmbedLook } from "./embed-document";

type Props = {
  look: EmbedLook;
  nonce: string;
  title: string;
  parentOrigin: string | null;
  frame?: number;
  message: { kind: "notice" | "error"; text: string } | null;
  children?: ReactNode;
};

// The iframe's scripts: the enhancement script, and the sign-in popup's (C's seam).
const SCRIPTS = ["/embed/thread.js"];

/**
 * Everything inside #parley-thread is what thread.js swaps after a write, so the result message
 * and who is signed in (shown by the thread) change with it.
 */
export function EmbedPage({ look, nonce, title, parentOrigin, frame, message, children }: Props) {
  return (
    <EmbedDocument {...look} title={title} nonce={nonce} parentOrigin={parentOrigin} frame={frame} scripts={SCRIPTS}>
      <main id="parley-thread" className="embed" data-parley-region>
        <div className="form-message-slot" role="status" aria-live="polite" tabIndex={-1} data-parley-message>
          {message ? <p className={`form-message form-message--${message.kind === "error" ? "error" : "success"}`}>{message.text}</p> : null}
        </div>
        {children}
      </main>
    </EmbedDocument>
  );
}

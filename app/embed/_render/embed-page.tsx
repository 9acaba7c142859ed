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

// The iframe's scripts: the enhancement script and the sign-in popup's.
const SCRIPTS = ["/embed/thread.js", "/embed/sign-in.js"];

/**
 * thread.js swaps what is inside [data-parley-region] after a write and copies the new result
 * message into the slot, which stays in place so screen readers announce what changed.
 */
export function EmbedPage({ look, nonce, title, parentOrigin, frame, message, children }: Props) {
  return (
    <EmbedDocument {...look} title={title} nonce={nonce} parentOrigin={parentOrigin} frame={frame} scripts={SCRIPTS}>
      <main id="parley-thread" className="embed">
        <div className="form-message-slot" role="status" aria-live="polite" tabIndex={-1} data-parley-message>
          {message ? <p className={`form-message form-message--${message.kind === "error" ? "error" : "success"}`}>{message.text}</p> : null}
        </div>
        <div data-parley-region>{children}</div>
      </main>
    </EmbedDocument>
  );
}

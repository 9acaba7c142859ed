import type { ReactNode } from "react";

/** What every plain form carries: where it posts, where the browser comes back to, and the caller's own fields. */
export type PlainFormOptions = {
  /** The thread URL the action sends the browser back to (303) after the write: the `return` field. */
  returnUrl: string;
  /** Extra hidden fields the action needs (the site's public id, an anti-forgery token…). */
  hidden?: Record<string, string>;
  /** Where the actions live; `/embed/actions` unless said otherwise. */
  actionBase?: string;
};

export type PlainAction = "post" | "edit" | "delete" | "vote" | "report" | "sign-out";

type Props = PlainFormOptions & { action: PlainAction; className: string; fields: Record<string, string | number | undefined>; children: ReactNode };

/**
 * A form that works with no JavaScript at all: urlencoded POST to `<actionBase>/<action>`,
 * which answers 303 back to `returnUrl`. The embed's own script may submit it with fetch.
 */
export function PlainForm({ action, className, fields, returnUrl, hidden, actionBase = "/embed/actions", children }: Props) {
  const all = { ...hidden, ...fields, return: returnUrl };
  return (
    <form method="post" action={`${actionBase}/${action}`} className={className} data-parley-form="">
      {Object.entries(all).map(([name, value]) => (value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />))}
      {children}
    </form>
  );
}

import type { LinkProps } from "./types";

/** A link with no client-side routing, for HTML rendered without React in the browser. */
export function PlainLink({ href, className, children, ...rest }: LinkProps) {
  return (
    <a href={href} className={className} aria-current={rest["aria-current"]}>
      {children}
    </a>
  );
}

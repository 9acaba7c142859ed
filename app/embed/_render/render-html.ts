import type { ReactElement } from "react";

/**
 * Static HTML from server components. Imported on demand: Next.js refuses a static import of
 * react-dom/server in app/, and the embed needs no client runtime, only the markup.
 */
export async function renderHtml(element: ReactElement): Promise<string> {
  const { renderToStaticMarkup } = await import("react-dom/server");
  return `<!doctype html>${renderToStaticMarkup(element)}`;
}

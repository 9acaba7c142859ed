import type { NextConfig } from "next";
import { MAX_REQUEST_BYTES } from "./lib/http/refuse-malformed-request";
import { FRAMED_PATH, SET_BY_FRAMED_PAGE } from "./lib/http/framed-paths";
import { BASE_SECURITY_HEADERS } from "./lib/http/security-headers";

const header = ([key, value]: [string, string]) => ({ key, value });
const BASE = Object.entries(BASE_SECURITY_HEADERS);

const nextConfig: NextConfig = {
  // PGlite ships WASM and resolves files by URL at runtime; bundling it breaks the first query.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  experimental: {
    // Next.js copies each request body for proxy.ts up to this size; proxy.ts refuses larger
    // declared bodies with a 413, so no request makes the server hold more than this.
    proxyClientMaxBodySize: MAX_REQUEST_BYTES,
    serverActions: { bodySizeLimit: MAX_REQUEST_BYTES },
  },
  // Static files skip proxy.ts; they get the headers that need no nonce from here.
  async headers() {
    // The framed page (the embed's iframe) sets its own framing and referrer headers.
    const everywhere = BASE.filter(([name]) => !SET_BY_FRAMED_PAGE.includes(name));
    const exceptFramed = BASE.filter(([name]) => SET_BY_FRAMED_PAGE.includes(name));
    return [
      { source: "/:path*", headers: everywhere.map(header) },
      { source: `/((?!${FRAMED_PATH.slice(1)}/?$).*)`, headers: exceptFramed.map(header) },
    ];
  },
};

export default nextConfig;

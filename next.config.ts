import type { NextConfig } from "next";
import { MAX_REQUEST_BYTES } from "./lib/http/refuse-malformed-request";
import { BASE_SECURITY_HEADERS } from "./lib/http/security-headers";

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
    // Except the embed pages a publisher frames, which send their own (see isFramedByRoute).
    return [{ source: "/:path((?!embed/(?:whoami|session)$).*)", headers: Object.entries(BASE_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;

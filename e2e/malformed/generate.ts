import type { Random } from "./random";
import type { Action } from "./targets";
import { FIELD_NAMES, QUERY_NAMES, junkFor, junkId, junkJson, junkText } from "./values";

export type MalformedRequest = { kind: string; method: string; path: string; headers: Record<string, string>; body?: string | Buffer };

export type Surface = {
  routes: string[];
  actions: Action[];
  /** A real article slug, so pages render as far as their input lets them. */
  slug: string;
  /** A real site's public id, so embed routes get past the site lookup to the checks after it. */
  siteId: string;
  host: string;
  origin: string;
  /** Session cookies: signed out first, then a reader, moderator, admin and banned people. */
  cookies: (string | null)[];
};

const KINDS = ["page", "action", "action", "action", "api", "headers", "path"] as const;

/** One request that no part of the app should answer with a 5xx or act on. */
export function generateRequest(r: Random, surface: Surface): MalformedRequest {
  const kind = r.pick(KINDS);
  const base = kind === "action" ? actionRequest(r, surface) : kind === "api" ? apiRequest(r, surface) : pageRequest(r, surface);
  const headers: Record<string, string> = { host: surface.host, ...base.headers };
  const cookie = r.pick(surface.cookies);
  if (cookie) headers.cookie = r.chance(0.1) ? corrupt(r, cookie) : cookie;
  if (kind === "headers") Object.assign(headers, junkHeaders(r, surface));
  const path = kind === "path" ? junkPath(r, base.path) : base.path;
  // Past Node's 16 KB of headers the server answers 431 and closes at once, and other methods than
  // POST get a 405 from proxy.ts: a body still being written then meets a reset connection, which
  // says nothing about the app. Those go without one.
  const body = path.length > 8_000 || base.method !== "POST" ? undefined : base.body;
  return { kind, method: base.method, path, headers, body };
}

const EMBED_ACTIONS = ["post", "edit", "delete", "vote", "report", "sign-out"];

function fillPattern(r: Random, pattern: string, slug: string): string {
  return pattern
    .replace("[action]", () => (r.chance(0.8) ? r.pick(EMBED_ACTIONS) : encode(junkText(r))))
    .replace("[...nextauth]", () => r.pick(["session", "csrf", "providers", "signin", "signout", "callback/credentials", "callback/nodemailer", "callback/oidc", "signin/github", "error", "x/y/z", encode(junkText(r))]))
    .replace(/\[[^\]]+\]/g, () => (r.chance(0.6) ? slug : encode(junkText(r)).slice(0, 2_000)));
}

function junkQuery(r: Random, s: Surface): string {
  const pairs: string[] = [];
  for (let i = r.int(4); i >= 0; i--) {
    const name = r.chance(0.85) ? r.pick(QUERY_NAMES) : encode(junkText(r)).slice(0, 100);
    const value = name === "site" && r.chance(0.6) ? s.siteId : r.chance(0.5) ? junkId(r) : junkText(r);
    pairs.push(`${name}=${encode(value).slice(0, 3_000)}`);
  }
  return pairs.length ? `?${pairs.join("&")}` : "";
}

function pageRequest(r: Random, s: Surface): Omit<MalformedRequest, "kind"> {
  const path = fillPattern(r, r.pick(s.routes), s.slug) + junkQuery(r, s);
  const method = r.pick(["GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return { method, path, headers: {} };
  return { method, path, headers: { "content-type": r.pick(["application/json", "text/plain", "application/x-www-form-urlencoded"]), origin: s.origin }, body: junkJson(r) };
}

function apiRequest(r: Random, s: Surface): Omit<MalformedRequest, "kind"> {
  const apis = s.routes.filter((route) => route.startsWith("/api/"));
  const path = fillPattern(r, r.pick(apis), s.slug) + (r.chance(0.3) ? junkQuery(r, s) : "");
  const method = r.pick(["POST", "POST", "GET", "PUT", "DELETE", "PATCH"]);
  const headers: Record<string, string> = { "content-type": r.pick(["application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]) };
  if (r.chance(0.8)) headers.origin = r.chance(0.8) ? s.origin : r.pick(["null", "https://evil.example", "::::", ""]);
  const body = headers["content-type"] === "application/x-www-form-urlencoded" ? formBody(r, "urlencoded").body : junkJson(r);
  return { method, path, headers, body };
}

function actionRequest(r: Random, s: Surface): Omit<MalformedRequest, "kind"> {
  const action = r.pick(s.actions);
  const path = fillPattern(r, r.pick(action.pages), s.slug);
  const headers: Record<string, string> = {
    "next-action": r.chance(0.9) ? action.id : r.pick(["", "x", "00".repeat(21), action.id.slice(0, -2)]),
    origin: r.chance(0.9) ? s.origin : r.pick(["null", "https://evil.example", "::::", "http://" + s.host + ".evil.example"]),
    accept: "text/x-component",
  };
  if (r.chance(0.2)) headers["next-router-state-tree"] = encode(r.pick(['["",{}]', "[", "x", junkJson(r)]));
  const style = r.pick(["json", "multipart", "multipart", "urlencoded", "other"] as const);
  if (style === "json") return { method: "POST", path, headers: { ...headers, "content-type": "text/plain;charset=UTF-8" }, body: junkJson(r) };
  if (style === "other") return { method: "POST", path, headers: { ...headers, "content-type": r.pick(["application/json", "application/octet-stream", "image/png"]) }, body: junkJson(r) };
  const form = formBody(r, style, action.id);
  return { method: "POST", path, headers: { ...headers, "content-type": form.contentType }, body: form.body };
}

/** A form of junk fields, as JavaScript or a plain browser form would post it; now and then broken. */
function formBody(r: Random, style: "multipart" | "urlencoded", actionId?: string): { contentType: string; body: string } {
  const fields: [string, string][] = [];
  if (actionId && r.chance(0.5)) fields.push([`$ACTION_ID_${actionId}`, ""]);
  if (r.chance(0.4)) fields.push(["0", junkJson(r)]);
  for (let i = r.int(6); i >= 0; i--) {
    const name = r.pick(FIELD_NAMES);
    const prefix = r.chance(0.3) ? "1_" : "";
    fields.push([prefix + name, junkFor(r, name)]);
  }
  if (style === "urlencoded") {
    const body = fields.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&");
    return { contentType: "application/x-www-form-urlencoded", body: r.chance(0.1) ? `${body}&%E0%A4%A=%` : body };
  }
  const boundary = `----parley${r.int(1e9)}`;
  let body = fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") + `--${boundary}--\r\n`;
  if (r.chance(0.1)) body = body.slice(0, Math.max(1, r.int(body.length)));
  return { contentType: r.chance(0.05) ? "multipart/form-data" : `multipart/form-data; boundary=${boundary}`, body };
}

function junkHeaders(r: Random, s: Surface): Record<string, string> {
  return r.pick<Record<string, string>>([
    { host: r.pick(["", "a b", "evil.example:99999", "[::1", "x".repeat(300), `${s.host}/x`, "@evil", "localhost:abc"]) },
    { "x-forwarded-host": r.pick(["<x>", "a b", "evil.example, ", "[::1"]) },
    { "x-forwarded-for": r.pick(["", "not-an-ip", "1.2.3.4, ::ffff:1.2.3.4, ,", "999.999.999.999", "::g"]) },
    { "x-forwarded-proto": r.pick(["gopher", "", "https, http"]) },
    { rsc: "1", "next-router-state-tree": encode(r.pick(["[", "x", "[\"\",{\"children\":1}]", junkJson(r)])) },
    { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": r.pick(["/_tree", "x", "/../.."]) },
    { "next-url": r.pick(["//evil", "/%E0%A4%A", "x"]) },
    { accept: r.pick(["text/x-component", "*/*;q=x", ""]) },
    { "accept-language": r.pick(["*;q=x", "x".repeat(500), "\u00e9"]) },
    { cookie: r.pick(["authjs.session-token=", "authjs.session-token=x.y.z", "a=%E0%A4%A", "authjs.csrf-token=x; authjs.callback-url=javascript:alert(1)"]) },
  ]);
}

function junkPath(r: Random, path: string): string {
  return r.pick([
    `${path}%E0%A4%A`,
    `${path}/%00`,
    `${path}/..%2F..%2Fetc%2Fpasswd`,
    `/articles/${"a".repeat(5_000)}`,
    `/%`,
    `${path}//`,
    `/_next/static/..%2F..%2Fpackage.json`,
    `/_next/image?url=${encode(junkText(r))}&w=1&q=1`,
    `/_next/data/x/y.json`,
    `/api/${encode(junkText(r))}`,
  ]);
}

/** encodeURIComponent, except that a lone surrogate goes out as the invalid UTF-8 it would be. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, "")) + "%ED%A0%80";
  }
}

function corrupt(r: Random, cookie: string): string {
  const cut = Math.max(1, r.int(cookie.length));
  return r.chance(0.5) ? cookie.slice(0, cut) : `${cookie.slice(0, cut)}${r.pick(["x", "%", "."])}${cookie.slice(cut + 1)}`;
}

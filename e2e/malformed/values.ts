import type { Random } from "./random";

// No value here may be valid input for the field it goes to, so that a run leaves the database
// as it was. Free text (a comment, a name, a word list, a password) is valid almost whatever it
// says, so it only ever gets what is empty once controls are dropped, or too long.
const JUNK_FREE_TEXT = ["", " ", "\t\n", "\u0000", "\u0000".repeat(9), "\u0001\u0002\u0003\u0007", "\u202e\u2066", "x".repeat(5_001), "y".repeat(70_000)];

// Everywhere else, hostile strings of every kind.
const HOSTILE = [
  ...JUNK_FREE_TEXT,
  "a\u0000b",
  "%00",
  "%E0%A4%A",
  "\ud800",
  "null",
  "undefined",
  "[object Object]",
  "NaN",
  "-1",
  "1e400",
  "99999999999999999999999",
  "0x10",
  "$K1",
  "$@0",
  "$Q1",
  "javascript:alert(1)",
  "//evil.example",
  "/\\evil.example",
  "/.//evil.example",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "eyJzIjoiYmVzdCJ9",
  "eyJ4IjoxfQ",
  "!!!",
];

export const FREE_TEXT_FIELDS = new Set(["body", "note", "name", "bannedWords", "suspectWords", "password", "currentPassword", "newPassword", "q", "origins"]);

/** A value for the named field that no use of that field accepts. */
export const junkFor = (r: Random, field: string) => (FREE_TEXT_FIELDS.has(field) ? r.pick(JUNK_FREE_TEXT) : r.chance(0.5) ? junkId(r) : r.pick(HOSTILE));
export const junkText = (r: Random) => r.pick(HOSTILE);

/** A value for an id field: never one that exists (ids are positive integers; these are not, or are far too large). */
const JUNK_IDS = ["", "0", "-1", "abc", "1.5", "1e3x", "999999999999", "9007199254740993", "\u0000", "[]", "{}", " 7 "];

export const junkId = (r: Random) => r.pick(JUNK_IDS);

/** JSON that no action or route takes as valid arguments. */
export function junkJson(r: Random): string {
  return r.pick([
    "",
    "{",
    "[",
    "null",
    "[]",
    "[null]",
    "[1,2,3]",
    '["$K1"]',
    '["$K1","$K2"]',
    '[{"get":1}]',
    '{"body":null}',
    '{"body":["x"]}',
    '{"body":{"toString":1}}',
    '{"__proto__":{"isAdmin":true}}',
    `[${"[".repeat(5_000)}${"]".repeat(5_000)}]`,
    JSON.stringify({ body: "\u0000", parentId: -1 }),
    JSON.stringify({ body: "x".repeat(6_000) }),
    JSON.stringify([junkText(r), junkText(r)]),
    JSON.stringify([{ body: junkFor(r, "body"), name: junkFor(r, "name") }]),
    '"\\ud800"',
    "\u0000",
  ]);
}

/** Field names the app's forms and actions read, plus some they don't. */
export const FIELD_NAMES = [
  "body", "parentId", "threadId", "commentId", "direction", "reason", "note", "js", "returnTo", "name", "email", "password",
  "currentPassword", "newPassword", "callbackUrl", "provider", "ids", "decision", "userId", "duration", "role", "closed",
  "premoderated", "featured", "bannedWords", "suspectWords", "maxLinks", "newAccountHoldCount", "reportHideThreshold",
  "premoderation", "sort", "cursor", "site", "key", "url", "title", "origins", "credential", "sso", "return", "scope",
  "signIn", "closeAfterDays", "everySite", "limit", "$ACTION_ID_x", "$ACTION_REF_1", "1_$ACTION_ID_x", "0", "1", "__proto__",
];

export const QUERY_NAMES = [
  "sort", "cursor", "comment", "queue", "q", "article", "author", "status", "kind", "actor", "notice", "error", "callbackUrl",
  "reply", "edit", "articles", "token", "email", "provider", "page", "_rsc", "site", "key", "url", "title", "origin",
  "theme", "accent", "lang", "frame", "sso", "limit",
];

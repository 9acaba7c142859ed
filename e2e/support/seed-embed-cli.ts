// Seeds an embedding site with one page's thread through the real domain code, and prints
// what it made as JSON. Run by seed-embed.ts under the react-server condition.
import { randomUUID } from "node:crypto";
import { getDb } from "../../db/client";
import { sites, threads, users } from "../../db/schema";
import { hashPassword } from "../../lib/auth/password";
import type { Viewer } from "../../lib/auth/viewer";
import { printSeeded } from "./print-seeded";
import { postComment } from "../../lib/comments/post-comment";

type Spec = { allowedOrigins: string[]; topLevel?: number; users?: number };
const spec: Spec = JSON.parse(process.argv[2] ?? "{}");
const PASSWORD = "e2e password 12345";

async function main() {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const [site] = await db
    .insert(sites)
    .values({ slug: `e2e-site-${tag}`, name: `Publisher ${tag}`, origin: spec.allowedOrigins[0] ?? "https://none.example", allowedOrigins: spec.allowedOrigins })
    .returning({ id: sites.id, publicId: sites.publicId });
  const pageKey = `story-${tag}`;
  const [thread] = await db.insert(threads).values({ siteId: site!.id, pageKey, title: `Story ${tag}` }).returning({ id: threads.id });
  const passwordHash = await hashPassword(PASSWORD);
  const people: Viewer[] = [];
  for (let i = 0; i < (spec.users ?? 2); i++) {
    const [u] = await db
      .insert(users)
      .values({ name: `Reader ${i + 1} ${tag}`, email: `r${i + 1}-${tag}@example.test`, passwordHash, role: "reader" })
      .returning({ id: users.id, name: users.name, email: users.email });
    people.push({ id: u!.id, displayName: u!.name!, email: u!.email, image: null, role: "reader", hasName: true, ban: null, siteId: null });
  }
  let minute = 0;
  const at = () => new Date(Date.now() - 24 * 3600_000 + minute++ * 61_000);
  const topLevelIds: number[] = [];
  for (let i = 0; i < (spec.topLevel ?? 0); i++) {
    const author = people[i % people.length]!;
    const { id } = await postComment(author, { threadId: thread!.id, body: `Embedded comment number ${i + 1}` }, { now: at(), ip: `seed-embed-${i}` });
    topLevelIds.push(id);
  }
  const seeded = people.map((p) => ({ id: p.id, name: p.displayName, email: p.email, password: PASSWORD, role: p.role }));
  return { sitePublicId: site!.publicId, pageKey, threadId: thread!.id, users: seeded, topLevelIds };
}

printSeeded(main);

// Seeds a test's own world in the e2e database through the real domain code, and
// prints what it made as JSON. Run by seed-world.ts under the react-server condition.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { articles, sites, threads, users } from "../../db/schema";
import { hashPassword } from "../../lib/auth/password";
import { postComment } from "../../lib/comments/post-comment";
import type { Viewer } from "../../lib/auth/viewer";
import { printSeeded } from "./print-seeded";

type Spec = {
  users?: number;
  moderators?: number;
  admins?: number;
  topLevel?: number;
  replyChain?: number;
  chainUnder?: number;
  closed?: boolean;
  premoderated?: boolean;
};
type Role = "reader" | "moderator" | "admin";
const spec: Spec = JSON.parse(process.argv[2] ?? "{}");
const PASSWORD = "e2e password 12345";

async function main() {
  const db = getDb();
  const [site] = await db.select({ id: sites.id }).from(sites).where(eq(sites.slug, "daily8"));
  const tag = randomUUID().slice(0, 8);
  const [article] = await db
    .insert(articles)
    .values({ siteId: site!.id, slug: `e2e-${tag}`, sourceName: "E2E Wire", title: `Test story ${tag}`, body: "A story to discuss.\n\nSecond paragraph.", publishedAt: new Date("2020-01-01T00:00:00Z") })
    .returning({ id: articles.id, slug: articles.slug });
  const [thread] = await db.insert(threads).values({ siteId: site!.id, articleId: article!.id, isClosed: !!spec.closed, isPremoderated: !!spec.premoderated }).returning({ id: threads.id });
  const passwordHash = await hashPassword(PASSWORD);
  const seedPeople = async (role: Role, count: number, label: string, prefix: string): Promise<Viewer[]> => {
    const made: Viewer[] = [];
    for (let i = 0; i < count; i++) {
      const [u] = await db
        .insert(users)
        .values({ name: `${label} ${i + 1} ${tag}`, email: `${prefix}${i + 1}-${tag}@example.test`, passwordHash, role })
        .returning({ id: users.id, name: users.name, email: users.email });
      made.push({ id: u!.id, displayName: u!.name!, email: u!.email, image: null, role, hasName: true, ban: null, siteId: null });
    }
    return made;
  };
  const people = await seedPeople("reader", spec.users ?? 2, "Person", "p");
  const moderators = await seedPeople("moderator", spec.moderators ?? 0, "Moderator", "m");
  const admins = await seedPeople("admin", spec.admins ?? 0, "Admin", "a");
  // Each post gets its own minute so the per-user limits never refuse the seeding.
  let minute = 0;
  const at = () => new Date(Date.now() - 24 * 3600_000 + minute++ * 61_000);
  const topLevelIds: number[] = [];
  for (let i = 0; i < (spec.topLevel ?? 0); i++) {
    const author = people[i % people.length]!;
    const { id } = await postComment(author, { threadId: thread!.id, body: `Top-level comment number ${i + 1}` }, { now: at(), ip: `seed-${i}` });
    topLevelIds.push(id);
  }
  const chainIds: number[] = [];
  let parentId = spec.chainUnder !== undefined ? topLevelIds[spec.chainUnder] : undefined;
  for (let i = 0; i < (spec.replyChain ?? 0); i++) {
    const author = people[(i + 1) % people.length]!;
    const { id } = await postComment(author, { threadId: thread!.id, parentId, body: `Reply at level ${i + 1}` }, { now: at(), ip: `seed-chain-${i}` });
    chainIds.push(id);
    parentId = id;
  }
  const seeded = (list: Viewer[]) => list.map((p) => ({ id: p.id, name: p.displayName, email: p.email, password: PASSWORD, role: p.role }));
  return { slug: article!.slug, threadId: thread!.id, users: seeded(people), moderators: seeded(moderators), admins: seeded(admins), topLevelIds, chainIds };
}

printSeeded(main);

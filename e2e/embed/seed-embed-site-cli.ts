// Seeds an embedding site of its own in the e2e database, with threads keyed by page key and
// comments posted through the real domain code; prints { publicId } as JSON. See seed-embed-site.ts.
import { randomUUID } from "node:crypto";
import { closeDb, getDb } from "../../db/client";
import { sites, threads, users } from "../../db/schema";
import { postComment } from "../../lib/comments/post-comment";

type Spec = { allowedOrigins: string[]; pages: { key: string; url?: string; comments: number }[] };
const spec: Spec = JSON.parse(process.argv[2] ?? "{}");

async function main() {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const [site] = await db
    .insert(sites)
    .values({ slug: `embed-${tag}`, name: `Publisher ${tag}`, origin: spec.allowedOrigins[0] ?? "https://publisher.example", allowedOrigins: spec.allowedOrigins })
    .returning({ id: sites.id, publicId: sites.publicId });
  const [author] = await db.insert(users).values({ name: `Commenter ${tag}`, email: `commenter-${tag}@example.test` }).returning({ id: users.id, name: users.name, email: users.email });
  const viewer = { id: author!.id, displayName: author!.name!, email: author!.email, image: null, role: "reader" as const, hasName: true, ban: null, siteId: null };
  // Each post gets its own minute so the per-user limits never refuse the seeding.
  let minute = 0;
  for (const page of spec.pages) {
    const [thread] = await db.insert(threads).values({ siteId: site!.id, pageKey: page.key, url: page.url ?? null }).returning({ id: threads.id });
    for (let i = 0; i < page.comments; i++) {
      const now = new Date(Date.now() - 24 * 3600_000 + minute++ * 61_000);
      await postComment(viewer, { threadId: thread!.id, body: `Comment ${i + 1} on ${page.key}` }, { now, ip: `seed-${tag}-${minute}` });
    }
  }
  return { publicId: site!.publicId };
}

main()
  .then(async (seeded) => {
    process.stdout.write(JSON.stringify(seeded));
    await closeDb();
  })
  .catch(async (error) => {
    console.error(error);
    await closeDb();
    process.exit(1);
  });

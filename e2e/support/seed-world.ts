import { execFileSync } from "node:child_process";
import { databaseUrlFor } from "../../db/testing/test-database";

export type SeededUser = { id: string; name: string; email: string; password: string; role?: "reader" | "moderator" | "admin" };
export type World = {
  slug: string;
  threadId: number;
  /** Readers; the seeded comments are theirs. */
  users: SeededUser[];
  moderators: SeededUser[];
  admins: SeededUser[];
  topLevelIds: number[];
  chainIds: number[];
};

type Spec = {
  users?: number;
  /** Top-level comments, oldest first, by the users in turn. */
  topLevel?: number;
  /** A chain of nested replies, each answering the previous one. */
  replyChain?: number;
  /** Index of the top-level comment the chain starts under; a new top-level comment when absent. */
  chainUnder?: number;
  closed?: boolean;
  /** Users with users.role "moderator", besides the readers. */
  moderators?: number;
  /** Users with users.role "admin", besides the readers. */
  admins?: number;
  /** The thread holds every new comment for approval, the seeded ones included. */
  premoderated?: boolean;
};

/** A fresh article in the e2e database with its own users and comments, made by the real domain code. */
export function seedWorld(spec: Spec = {}): World {
  const out = execFileSync("node", ["--conditions=react-server", "--import", "tsx", "e2e/support/seed-cli.ts", JSON.stringify(spec)], {
    env: { ...process.env, DATABASE_URL: databaseUrlFor(process.env.E2E_DATABASE_NAME!) },
    encoding: "utf8",
  });
  return JSON.parse(out) as World;
}

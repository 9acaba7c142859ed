import { describe, expect, it } from "vitest";
import { seedUser } from "@/db/testing/factories";
import { createAdapter } from "./adapter";

describe("createAdapter", () => {
  it("never hands Auth.js a session's user to link a new sign-in to, whatever cookie came with it", async () => {
    const user = await seedUser();
    expect(await createAdapter().getUser!(user.id)).toBeNull();
    expect(await createAdapter().getUserByEmail!(user.email!)).toMatchObject({ id: user.id });
  });
});

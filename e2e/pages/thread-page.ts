import { type Locator, type Page, expect } from "@playwright/test";

/** The article page's thread, driven the way a reader would: by labels and roles. */
export class ThreadPage {
  constructor(readonly page: Page) {}

  async goto(slug: string, query = "") {
    await this.page.goto(`/articles/${slug}${query}`);
  }

  get section(): Locator {
    return this.page.getByRole("region", { name: /^Comments/ });
  }

  get heading(): Locator {
    return this.page.locator("#comments-heading");
  }

  comment(text: string | RegExp): Locator {
    return this.section.getByRole("article").filter({ has: this.page.locator(".comment__text", { hasText: text }) });
  }

  async post(text: string): Promise<Locator> {
    await this.section.getByLabel(/^Comment as/).fill(text);
    await this.section.getByRole("button", { name: "Post comment" }).click();
    const posted = this.comment(text.split("\n")[0]!.replace(/[*_`>]/g, "").trim());
    await expect(posted).toBeVisible();
    return posted;
  }

  async replyTo(parent: Locator, text: string): Promise<Locator> {
    await parent.locator("summary", { hasText: "Reply" }).click();
    await parent.getByLabel(/^Reply to/).fill(text);
    await parent.getByRole("button", { name: "Post reply" }).click();
    const reply = this.comment(text);
    await expect(reply).toBeVisible();
    return reply;
  }

  /** Rewrites the viewer's own comment through its Edit form. */
  async edit(comment: Locator, text: string) {
    await comment.locator("summary", { hasText: "Edit" }).click();
    await comment.getByLabel("Edit your comment").fill(text);
    await comment.getByRole("button", { name: "Save changes" }).click();
  }

  get commentBox(): Locator {
    return this.section.getByLabel(/^Comment as/);
  }

  /** The outcome of a moderation action on this page (`?notice=`), from its live region. */
  get moderationNotice(): Locator {
    return this.section.locator('[aria-live="polite"] > .notice');
  }

  /** Moderators' Close / Reopen and Pre-moderate buttons. */
  threadControl(name: string | RegExp): Locator {
    return this.section.getByRole("button", { name, exact: typeof name === "string" });
  }

  /** Sends a comment without waiting for it to show: the rules may refuse it. */
  async submit(text: string) {
    await this.commentBox.fill(text);
    await this.section.getByRole("button", { name: "Post comment" }).click();
  }

  upvote(comment: Locator): Locator {
    return comment.getByRole("button", { name: /^Upvote/ });
  }

  downvote(comment: Locator): Locator {
    return comment.getByRole("button", { name: /^Downvote/ });
  }

  /** Top-level comments' texts, in page order: assert with `toHaveText`/`toHaveCount`, which wait for navigations to land. */
  get topLevelTexts(): Locator {
    return this.section.locator(".comment-tree > article .comment__text");
  }
}

import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { MINUTE, at, commentRow, expectAppError, post, seedThread } from "@/lib/comments/testing";
import { getModerationSettings } from "./get-moderation-settings";
import { DEFAULT_MODERATION_SETTINGS } from "./rules";
import { auditRows, seedModerator } from "./testing";
import { updateModerationSettings } from "./update-moderation-settings";

// As the settings form posts them: a checkbox, textareas, and number fields left empty.
const FORM = { premoderation: "on", bannedWords: "bad\nBad, worse", suspectWords: "", maxLinks: "", newAccountHoldCount: "", reportHideThreshold: "2" };

describe("updateModerationSettings", () => {
  it("saves a site's rules from the form, audits a summary, and new comments obey them", async () => {
    const { site, threadId, author } = await seedThread();
    const moderator = await seedModerator();
    expect(await getModerationSettings(getDb(), site.id)).toEqual(DEFAULT_MODERATION_SETTINGS);

    const saved = await updateModerationSettings(moderator, site.id, FORM, at(0));
    const expected = { premoderation: true, bannedWords: ["bad", "worse"], suspectWords: [], maxLinks: null, newAccountHoldCount: 0, reportHideThreshold: 2 };
    expect(saved).toEqual(expected);
    expect(await getModerationSettings(getDb(), site.id)).toEqual(expected);
    expect(await auditRows({ siteId: site.id })).toEqual([
      {
        kind: "update_settings",
        actorId: moderator.id,
        rule: null,
        commentId: null,
        targetUserId: null,
        threadId: null,
        siteId: site.id,
        reason: "pre-moderation on, 2 banned words, 0 suspect words, max links off, new accounts held for 0, hidden at 2 reports",
        statusBefore: null,
        statusAfter: null,
        createdAt: at(0),
      },
    ]);

    await expectAppError(post(author, threadId, "Even worse", { now: at(MINUTE) }), "invalid_input");
    const held = await post(author, threadId, "Plain words", { now: at(2 * MINUTE) });
    expect(await commentRow(held)).toMatchObject({ status: "pending", heldByRule: "premoderation" });
  });

  it("replaces the rules when saved again", async () => {
    const { site } = await seedThread();
    const moderator = await seedModerator();
    await updateModerationSettings(moderator, site.id, FORM, at(0));
    await updateModerationSettings(moderator, site.id, { ...FORM, premoderation: undefined, bannedWords: "", maxLinks: "1" }, at(MINUTE));
    expect(await getModerationSettings(getDb(), site.id)).toMatchObject({ premoderation: false, bannedWords: [], maxLinks: 1 });
    expect((await auditRows({ siteId: site.id })).map((r) => r.createdAt)).toEqual([at(0), at(MINUTE)]);
  });

  it("refuses invalid fields all at once, saving nothing", async () => {
    const { site } = await seedThread();
    const error = await expectAppError(
      updateModerationSettings(await seedModerator(), site.id, { ...FORM, maxLinks: "-1", reportHideThreshold: "0" }, at(0)),
      "invalid_input",
    );
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["maxLinks", "reportHideThreshold"]);
    expect(await getModerationSettings(getDb(), site.id)).toEqual(DEFAULT_MODERATION_SETTINGS);
    expect(await auditRows({ siteId: site.id })).toEqual([]);
  });

  it("refuses a post that leaves the form's fields out, rather than switching every rule off", async () => {
    const { site } = await seedThread();
    const moderator = await seedModerator();
    await updateModerationSettings(moderator, site.id, FORM, at(0));
    const error = await expectAppError(updateModerationSettings(moderator, site.id, { js: "1" }, at(MINUTE)), "invalid_input");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["bannedWords", "maxLinks", "newAccountHoldCount", "reportHideThreshold", "suspectWords"]);
    expect((await auditRows({ siteId: site.id })).map((r) => r.createdAt)).toEqual([at(0)]);
  });
});

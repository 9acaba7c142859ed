import { describe, expect, it } from "vitest";
import { EMBED_ERRORS, EMBED_NOTICES } from "./embed-request";
import { getResultTexts } from "./result-messages";

describe("getResultTexts", () => {
  it("says every result in each of the thread's languages, and English for any other", () => {
    for (const lang of ["en", "de", "fr", "es"]) {
      const { notices, errors } = getResultTexts(lang);
      for (const code of EMBED_NOTICES) expect(notices[code], `${lang} ${code}`).toMatch(/\S/);
      for (const code of EMBED_ERRORS) expect(errors[code], `${lang} ${code}`).toMatch(/\S/);
    }
    expect(getResultTexts("de-AT").notices.posted).toBe("Ihr Kommentar ist veröffentlicht.");
    expect(getResultTexts("pt-BR").notices.posted).toBe("Your comment is posted.");
    expect(getResultTexts(undefined).errors.unauthorized).toBe("Sign in to take part.");
    expect(getResultTexts("fr").errors.unauthorized).not.toBe(getResultTexts("en").errors.unauthorized);
  });
});

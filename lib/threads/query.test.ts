import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseThreadQuery, threadQuerySchema } from "./query";

describe("threadQuerySchema", () => {
  it("defaults to the best first page of 20", () => {
    expect(threadQuerySchema.parse({})).toEqual({ sort: "best", limit: 20 });
    expect(threadQuerySchema.parse({ sort: "", cursor: "", limit: "", comment: "" })).toEqual({ sort: "best", limit: 20 });
  });

  it("reads URL strings, and the first of repeated parameters", () => {
    expect(threadQuerySchema.parse({ sort: "oldest", cursor: "abc", limit: "50", comment: "7" })).toEqual({ sort: "oldest", cursor: "abc", limit: 50, comment: 7 });
    expect(threadQuerySchema.parse({ sort: ["newest", "best"], limit: ["1"] })).toEqual({ sort: "newest", limit: 1 });
  });

  it.each([
    [{ sort: "loudest" }, "sort"],
    [{ limit: "0" }, "limit"],
    [{ limit: "51" }, "limit"],
    [{ limit: "2.5" }, "limit"],
    [{ limit: "ten" }, "limit"],
    [{ comment: "-3" }, "comment"],
    [{ comment: "1e400" }, "comment"],
    [{ cursor: "x".repeat(501) }, "cursor"],
  ])("refuses %o, naming %s, when strict", (raw, field) => {
    let error: unknown;
    try {
      parseThreadQuery(raw, { strict: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid_input");
    expect((error as AppError).field).toBe(field);
  });

  it("drops only the bad parameters when forgiving, and says which", () => {
    const { query, dropped } = parseThreadQuery({ sort: "loudest", limit: "5", comment: "nope" }, { strict: false });
    expect(query).toEqual({ sort: "best", limit: 5 });
    expect(dropped.sort()).toEqual(["comment", "sort"]);
  });

  it("reads URLSearchParams by the schema's own keys", () => {
    const { query } = parseThreadQuery(new URLSearchParams("sort=newest&limit=3&site=x&key=y"), { strict: true });
    expect(query).toEqual({ sort: "newest", limit: 3 });
  });
});

import { describe, expect, it } from "vitest";
import { actionBodyProblem } from "./check-action-body";

const ID = "60d155ea3a4c64ccd5f7ac73b4f52125daf5e7977a";
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return { form: f };
};

describe("actionBodyProblem", () => {
  it("passes what React sends: a previous state and a FormData, or plain values", () => {
    expect(actionBodyProblem(ID, form({ "0": '[{"status":"idle","message":"$undefined"},"$K1"]', "1_body": "Hi", "1_threadId": "3" }))).toBeNull();
    expect(actionBodyProblem(ID, { text: '["slug","best","eyJ4IjoxfQ",5,"$$escaped","$D2026-01-01T00:00:00.000Z"]' })).toBeNull();
    // An empty FormData has no fields: React decodes it all the same.
    expect(actionBodyProblem(ID, { text: '["$K1"]' })).toBeNull();
  });

  it("passes a form posted without JavaScript, which names its action in a field", () => {
    expect(actionBodyProblem(null, form({ [`$ACTION_ID_${ID}`]: "", body: "Hi" }))).toBeNull();
    // useActionState's form: the action with its previous state bound, as React encodes it.
    const bound = { $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${ID}","bound":"$@1"}`, "$ACTION_1:1": '[{"status":"idle"}]', $ACTION_KEY: "k0", body: "Hi" };
    expect(actionBodyProblem(null, form(bound))).toBeNull();
    expect(actionBodyProblem(null, form({ ...bound, "$ACTION_1:0": `{"id":"${ID}","bound":null}` }))).toBeNull();
    expect(actionBodyProblem(null, { text: "anything" })).toBeNull();
  });

  it("refuses what Next.js would fail to decode", () => {
    const problems = [
      actionBodyProblem("x", { text: "[]" }),
      actionBodyProblem("", { text: "[]" }),
      actionBodyProblem(ID, { text: "[" }),
      actionBodyProblem(ID, { text: '{"a":1}' }),
      actionBodyProblem(ID, { text: '["$@0"]' }),
      actionBodyProblem(ID, { text: '["$Q1"]' }),
      actionBodyProblem(ID, { text: `${"[".repeat(100)}${"]".repeat(100)}` }),
      actionBodyProblem(ID, form({ "1_body": "no root" })),
      actionBodyProblem(ID, form({ "0": '["$2"]', "1": "x" })),
      actionBodyProblem(ID, form({ "0": '["$1"]', "1": '"$R2"' })),
      actionBodyProblem(null, form({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"x","bound":"$@1"}' })),
      actionBodyProblem(null, form({ $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${ID}","bound":"$@1"}` })),
      actionBodyProblem(null, form({ $ACTION_REF_1: "", "$ACTION_1:0": `{"id":"${ID}","bound":"$@1"}`, "$ACTION_1:1": '["$R2"]' })),
      actionBodyProblem(null, form({ $ACTION_REF_1: "" })),
      actionBodyProblem(null, form({ $ACTION_ID_nothex: "" })),
    ];
    expect(problems.map((p, i) => (typeof p === "string" ? "refused" : `case ${i} passed`))).toEqual(problems.map(() => "refused"));
  });
});

// No "server-only": proxy.ts imports this.
//
// Next.js decodes a server action's arguments (React's reply format) before the action runs,
// and answers 500 when they do not decode: invalid JSON, a reference to a part the body does
// not carry, nesting deep enough to overflow the stack. This checks the same things first so
// such a request gets a 400. Parley's actions take a FormData, a previous form state and plain
// values; none is bound (`.bind`) or takes streams, blobs, maps or sets.

const MAX_DEPTH = 32;
const ACTION_ID = /^[0-9a-f]{40,42}$/;
// Values that stand alone in the reply format: "$$…" (an escaped "$"), undefined, special numbers, dates, bigints.
const SELF_CONTAINED = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$)/;
// The one reference to another part of the body Parley's forms send: a FormData ("$K1", its fields "1_name").
const FORM_DATA_REF = /^\$K[0-9a-f]+$/;

/** Why the action request cannot be decoded, or null when it can. */
export function actionBodyProblem(actionId: string | null, body: { text: string } | { form: FormData }): string | null {
  if (actionId !== null) {
    if (!ACTION_ID.test(actionId)) return "The Next-Action header does not name an action.";
    const roots = "text" in body ? [body.text] : body.form.getAll("0");
    const root = roots.length === 1 ? roots[0] : null;
    if (typeof root !== "string") return "The action's arguments are missing or given twice.";
    const parts = "form" in body ? body.form : null;
    return argumentsProblem(root, parts);
  }
  if ("text" in body) return null;
  for (const name of body.form.keys()) {
    if (name.startsWith("$ACTION_REF_")) return "This form posts to an action that does not exist.";
    if (name.startsWith("$ACTION_ID_") && !ACTION_ID.test(name.slice("$ACTION_ID_".length))) return "This form posts to an action that does not exist.";
  }
  return null;
}

function argumentsProblem(root: string, parts: FormData | null): string | null {
  let args: unknown;
  try {
    args = JSON.parse(root);
  } catch {
    return "The action's arguments are not valid JSON.";
  }
  if (!Array.isArray(args)) return "The action's arguments are not a list.";
  return valueProblem(args, parts, 0);
}

function valueProblem(value: unknown, parts: FormData | null, depth: number): string | null {
  if (depth > MAX_DEPTH) return "The action's arguments are nested too deeply.";
  if (typeof value === "string") return referenceProblem(value, parts);
  if (value === null || typeof value !== "object") return null;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const problem = valueProblem(item, parts, depth + 1);
    if (problem) return problem;
  }
  return null;
}

function referenceProblem(text: string, parts: FormData | null): string | null {
  if (!text.startsWith("$") || SELF_CONTAINED.test(text)) return null;
  if (FORM_DATA_REF.test(text)) return parts ? null : "The action's arguments refer to a form that is not there.";
  return "The action's arguments refer to something Parley's forms never send.";
}

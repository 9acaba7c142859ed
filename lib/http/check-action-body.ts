// No "server-only": proxy.ts imports this.
//
// Next.js decodes a server action's arguments (React's reply format) before the action runs,
// and answers 500 when they do not decode: invalid JSON, a reference to a part the body does
// not carry, a kind of value Parley's forms never send (streams, blobs, maps, sets), nesting
// deep enough to overflow the stack. This checks the same things first, so such a request
// gets a 400. The formats it knows:
// - called from JavaScript: the arguments are the body (text) or its field "0" (multipart),
//   with other parts as fields "1", "2"… and a FormData argument as fields "1_name"…;
// - a form posted without JavaScript: a field "$ACTION_ID_<id>", or, for an action with bound
//   arguments (useActionState's previous state), "$ACTION_REF_<n>" with its metadata in field
//   "$ACTION_<n>:0" ({"id", "bound"}) and its parts in "$ACTION_<n>:1"….

const MAX_DEPTH = 32;
const MAX_PARTS = 64;
const ACTION_ID = /^[0-9a-f]{40,42}$/;
// Values that stand alone: "$$…" (an escaped "$"), undefined, special numbers, dates, bigints.
const SELF_CONTAINED = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$)/;
const FORM_DATA_REF = /^\$K[0-9a-f]+$/;
const PART_REF = /^\$@?([0-9a-f]+)$/;

type Body = { text: string } | { form: FormData };
/** A part of the body by its id, or null when it is missing, repeated or not text. */
type Parts = (id: string) => string | null;

/** Why the action request cannot be decoded, or null when it can. */
export function actionBodyProblem(actionId: string | null, body: Body): string | null {
  if (actionId !== null) {
    if (!ACTION_ID.test(actionId)) return "The Next-Action header does not name an action.";
    if ("text" in body) return jsonProblem(body.text, () => null, "list");
    const parts = partsOf(body.form, "");
    return jsonProblem(parts("0"), parts, "list");
  }
  if ("text" in body) return null;
  for (const name of new Set(body.form.keys())) {
    const problem = name.startsWith("$ACTION_REF_")
      ? boundActionProblem(body.form, name.slice("$ACTION_REF_".length))
      : name.startsWith("$ACTION_ID_") && !ACTION_ID.test(name.slice("$ACTION_ID_".length))
        ? "This form posts to an action that does not exist."
        : null;
    if (problem) return problem;
  }
  return null;
}

function partsOf(form: FormData, prefix: string): Parts {
  return (id) => {
    const values = form.getAll(prefix + id);
    return values.length === 1 && typeof values[0] === "string" ? values[0] : null;
  };
}

function boundActionProblem(form: FormData, n: string): string | null {
  const parts = partsOf(form, `$ACTION_${n}:`);
  let meta: unknown;
  try {
    meta = JSON.parse(parts("0") ?? "");
  } catch {
    return "This form's action is not described.";
  }
  const { id, bound } = (meta ?? {}) as { id?: unknown; bound?: unknown };
  if (typeof id !== "string" || !ACTION_ID.test(id)) return "This form posts to an action that does not exist.";
  if (bound === null) return null;
  if (typeof bound !== "string") return "This form's action is not described.";
  return valueProblem(bound, parts, { depth: 0, seen: new Set() });
}

function jsonProblem(text: string | null, parts: Parts, shape: "list" | "any"): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text ?? "");
  } catch {
    return "The action's arguments are missing or not valid JSON.";
  }
  if (shape === "list" && !Array.isArray(value)) return "The action's arguments are not a list.";
  return valueProblem(value, parts, { depth: 0, seen: new Set() });
}

type Walk = { depth: number; seen: Set<string> };

function valueProblem(value: unknown, parts: Parts, walk: Walk): string | null {
  if (walk.depth > MAX_DEPTH) return "The action's arguments are nested too deeply.";
  if (typeof value === "string") return referenceProblem(value, parts, walk);
  if (value === null || typeof value !== "object") return null;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const problem = valueProblem(item, parts, { ...walk, depth: walk.depth + 1 });
    if (problem) return problem;
  }
  return null;
}

function referenceProblem(text: string, parts: Parts, walk: Walk): string | null {
  if (!text.startsWith("$") || SELF_CONTAINED.test(text) || FORM_DATA_REF.test(text)) return null;
  const id = PART_REF.exec(text)?.[1];
  if (id === undefined) return "The action's arguments hold a kind of value Parley's forms never send.";
  if (walk.seen.has(id)) return null;
  if (walk.seen.size >= MAX_PARTS) return "The action's arguments have too many parts.";
  walk.seen.add(id);
  const part = parts(id);
  if (part === null) return "The action's arguments refer to a part the request does not carry.";
  let value: unknown;
  try {
    value = JSON.parse(part);
  } catch {
    return "A part of the action's arguments is not valid JSON.";
  }
  return valueProblem(value, parts, { ...walk, depth: walk.depth + 1 });
}

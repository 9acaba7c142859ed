export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

// Past this many cells the middle is shown as one removal and one addition: a
// 5,000-character rewrite stays readable and costs no more than a small edit.
const MAX_CELLS = 250_000;

/**
 * What changed from `before` to `after`, word by word (spaces and punctuation kept as they are),
 * as the longest common subsequence of words, after the common start and end are set aside.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const parts: DiffPart[] = [];
  push(parts, "same", a.slice(0, start));
  middle(parts, a.slice(start, a.length - end), b.slice(start, b.length - end));
  push(parts, "same", a.slice(a.length - end));
  return parts;
}

function tokens(text: string): string[] {
  // Words, runs of space, and each punctuation mark alone: "Monday" to "Monday," adds a comma.
  return text.match(/\s+|[\p{L}\p{N}\p{M}_'’-]+|[^\s\p{L}\p{N}\p{M}_'’-]/gu) ?? [];
}

function middle(parts: DiffPart[], a: string[], b: string[]) {
  if (a.length * b.length > MAX_CELLS) {
    push(parts, "removed", a);
    push(parts, "added", b);
    return;
  }
  // lengths[i][j]: the longest common run of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lengths = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(parts, "same", [a[i++]!]);
      j++;
    } else if (i < a.length && (j === b.length || lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!)) push(parts, "removed", [a[i++]!]);
    else push(parts, "added", [b[j++]!]);
  }
}

// Joins a run of one kind into one part, so the markup has a span per change, not per word.
function push(parts: DiffPart[], kind: DiffPart["kind"], words: string[]) {
  if (words.length === 0) return;
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += words.join("");
  else parts.push({ kind, text: words.join("") });
}

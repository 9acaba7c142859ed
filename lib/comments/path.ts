// Every segment has the same width, so comparing paths as text orders them depth-first.
const SEGMENT_WIDTH = 13; // base 36 digits of the largest bigint

export function pathSegment(id: number): string {
  return id.toString(36).padStart(SEGMENT_WIDTH, "0");
}

/** The ids along a path, top-level comment first, the comment itself last. */
export function idsFromPath(path: string): number[] {
  const ids: number[] = [];
  for (let i = 0; i < path.length; i += SEGMENT_WIDTH) ids.push(parseInt(path.slice(i, i + SEGMENT_WIDTH), 36));
  return ids;
}

/** The path of a parent's sibling-level: used when a reply is already at the nesting cap. */
export function parentPathOf(path: string): string {
  return path.slice(0, -SEGMENT_WIDTH);
}

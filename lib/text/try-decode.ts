/** decodeURIComponent, or null where the text's percent-encoding is broken. */
export function tryDecodeURIComponent(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The user's picture, or their initials on a colour derived from their name. */
export function Avatar({ name, image, size = 32 }: { name: string; image: string | null; size?: number }) {
  if (image) {
    // eslint-disable-next-line @next/next/no-img-element -- provider pictures come from any host
    return <img className="avatar" src={image} alt="" width={size} height={size} referrerPolicy="no-referrer" />;
  }
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => [...part][0]!.toUpperCase())
    .join("");
  let hue = 0;
  for (const ch of name) hue = (hue * 31 + ch.codePointAt(0)!) % 360;
  return (
    <span className="avatar avatar--initials" aria-hidden="true" style={{ width: size, height: size, backgroundColor: `hsl(${hue} 45% 30%)` }}>
      {initials || "?"}
    </span>
  );
}

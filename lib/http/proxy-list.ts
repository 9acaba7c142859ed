import { BlockList, isIP } from "node:net";

/** An IPv4 address however written: "::ffff:203.0.113.7" is 203.0.113.7. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** Parses "10.0.0.0/8, 192.0.2.1, ::1" into a list to match addresses against; a bad entry is named. */
export function parseProxyList(text: string): { list: BlockList; bad: string[] } {
  const list = new BlockList();
  const bad: string[] = [];
  for (const entry of text.split(",").map((e) => e.trim()).filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? null : Number(prefix);
    const max = family === 4 ? 32 : 128;
    if (!family || (bits !== null && !(Number.isInteger(bits) && bits >= 0 && bits <= max && /^\d+$/.test(prefix!)))) {
      bad.push(entry);
      continue;
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === null) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return { list, bad };
}

export function isListed(list: BlockList, address: string): boolean {
  const plain = plainAddress(address);
  const family = isIP(plain);
  return family !== 0 && list.check(plain, family === 4 ? "ipv4" : "ipv6");
}

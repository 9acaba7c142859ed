import { describe, expect, it } from "vitest";
import { clientIpFrom, toLimitBucket } from "./client-ip";

describe("clientIpFrom", () => {
  it("takes the right-most X-Forwarded-For entry, the one the proxy appended", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIpFrom(new Headers())).toBe("unknown");
  });
});

describe("toLimitBucket", () => {
  it("keeps IPv4 whole, unwrapping IPv4-mapped IPv6", () => {
    expect(toLimitBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(toLimitBucket("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("puts every IPv6 address of one /64 in one bucket, however it is written", () => {
    const bucket = "2001:db8:a:b::/64";
    expect(["2001:db8:a:b::1", "2001:0db8:000a:000b:ffff:1:2:3", "2001:DB8:A:B:0:0:0:9", "2001:db8:a:b::1%eth0"].map(toLimitBucket)).toEqual(Array(4).fill(bucket));
    expect(toLimitBucket("2001:db8:a:c::1")).not.toBe(bucket);
    expect(toLimitBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(toLimitBucket("::1")).toBe("0:0:0:0::/64");
  });
});

import { describe, expect, it } from "vitest";
import { clientIpFrom, toLimitBucket } from "./client-ip";

describe("clientIpFrom", () => {
  it("takes the right-most X-Forwarded-For entry, the one the proxy appended", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIpFrom(new Headers())).toBe("unknown");
  });
});

describe("toLimitBucket", () => {
  it("keeps IPv4 whole, however it is written: IPv4-mapped IPv6 in any form, with a port a proxy appended", () => {
    expect(["203.0.113.7", "::ffff:203.0.113.7", "::FFFF:cb00:7107", "0:0:0:0:0:ffff:203.0.113.7", "203.0.113.7:5555", "[::ffff:203.0.113.7]:443"].map(toLimitBucket)).toEqual(
      Array(6).fill("203.0.113.7"),
    );
    expect(toLimitBucket("::ffff:c000:201")).toBe("192.0.2.1");
  });

  it("puts every IPv6 address of one /64 in one bucket, however it is written", () => {
    const bucket = "2001:db8:a:b::/64";
    expect(["2001:db8:a:b::1", "2001:0db8:000a:000b:ffff:1:2:3", "2001:DB8:A:B:0:0:0:9", "2001:db8:a:b::1%eth0"].map(toLimitBucket)).toEqual(Array(4).fill(bucket));
    expect(toLimitBucket("2001:db8:a:c::1")).not.toBe(bucket);
    expect(toLimitBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(toLimitBucket("::1")).toBe("0:0:0:0::/64");
    expect(toLimitBucket("[2001:db8:a:b::1]:8080")).toBe(bucket);
  });

  it("leaves what is not an address as it came, so it never merges with a real one", () => {
    expect(toLimitBucket("unknown")).toBe("unknown");
    expect(toLimitBucket("not:an:address")).toBe("not:an:address");
  });
});

import { describe, expect, it } from "vitest";
import { clientIpFrom, toLimitBucket } from "./client-ip";
import { PEER_HEADER } from "./peer-stamp";
import { parseProxyList } from "./proxy-list";

// As the server stamps them: the socket's peer, whatever the client sent in the same header.
const from = (peer: string, forwardedFor?: string) =>
  new Headers({ [PEER_HEADER]: `${peer} 50000 3000`, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });
const proxies = parseProxyList("10.0.0.0/8, 192.0.2.1, ::1").list;
const nobody = parseProxyList("").list;

describe("clientIpFrom", () => {
  it("counts a client talking to Parley directly by its socket, whatever X-Forwarded-For it claims", () => {
    expect(clientIpFrom(from("203.0.113.7", "6.6.6.6"), nobody)).toBe("203.0.113.7");
    expect(clientIpFrom(from("203.0.113.7", "6.6.6.6"), proxies)).toBe("203.0.113.7");
    expect(clientIpFrom(from("::ffff:203.0.113.7"), nobody)).toBe("203.0.113.7");
  });

  it("believes a trusted proxy: the right-most address it did not add itself, past every trusted hop", () => {
    expect(clientIpFrom(from("10.1.2.3", "6.6.6.6, 203.0.113.7"), proxies)).toBe("203.0.113.7");
    expect(clientIpFrom(from("10.1.2.3", "6.6.6.6, 203.0.113.7, 192.0.2.1"), proxies)).toBe("203.0.113.7");
    expect(clientIpFrom(from("::1", "2001:db8:a:b::9"), proxies)).toBe("2001:db8:a:b::/64");
    expect(clientIpFrom(from("::ffff:10.1.2.3", "203.0.113.7"), proxies)).toBe("203.0.113.7");
  });

  it("counts a trusted proxy that forwarded nothing by its own address", () => {
    expect(clientIpFrom(from("10.1.2.3"), proxies)).toBe("10.1.2.3");
  });

  it("without the server's stamp (a request made up in a test), takes the right-most entry", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }), nobody)).toBe("203.0.113.7");
    expect(clientIpFrom(new Headers(), nobody)).toBe("unknown");
  });
});

describe("parseProxyList", () => {
  it("names every entry that is not an address or a CIDR range", () => {
    expect(parseProxyList("10.0.0.0/8, 2001:db8::/32, 192.0.2.1").bad).toEqual([]);
    expect(parseProxyList("10.0.0.0/33, proxy.local, 10.0.0.1/x, ::1/129").bad).toEqual(["10.0.0.0/33", "proxy.local", "10.0.0.1/x", "::1/129"]);
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

import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createServer as createHttpServer, request } from "node:http";
import { type AddressInfo, type Socket, createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canReadDevOutbox, devOutboxDir } from "./outbox-access";
import { findNewestOutboxMessage, outboxFileName } from "./outbox-files";
import { getPeerUid } from "./peer-owner";
import { installPeerStamp, PEER_HEADER, readPeer } from "@/lib/http/peer-stamp";

let root: string;
let outbox: string;
const message = (to: string, link: string) => `To: ${to}\nSubject: Your sign-in link for Parley\n\n${link}\n`;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "parley-outbox-"));
  outbox = path.join(root, "outbox");
  await mkdir(outbox);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("the newest outbox message for an address", () => {
  it("is the one with the latest time in its name, for exactly that address", async () => {
    await writeFile(path.join(outbox, outboxFileName("ada@example.test", 999)), message("ada@example.test", "http://localhost/old"));
    await writeFile(path.join(outbox, outboxFileName("ada@example.test", 1000)), message("ada@example.test", "http://localhost/new"));
    await writeFile(path.join(outbox, outboxFileName("bob@example.test", 2000)), message("bob@example.test", "http://localhost/bob"));
    // "ada+x" and "ada_x" share a file-safe name: the To: line tells them apart.
    await writeFile(path.join(outbox, outboxFileName("ada+x@example.test", 3000)), message("ada+x@example.test", "http://localhost/plus"));
    await writeFile(path.join(outbox, outboxFileName("ada_x@example.test", 2500)), message("ada_x@example.test", "http://localhost/underscore"));

    expect((await findNewestOutboxMessage(outbox, "ada@example.test"))?.text).toContain("http://localhost/new");
    expect((await findNewestOutboxMessage(outbox, "ada_x@example.test"))?.text).toContain("http://localhost/underscore");
    expect(await findNewestOutboxMessage(outbox, "nobody@example.test")).toBeNull();
    expect(await findNewestOutboxMessage(path.join(root, "missing"), "ada@example.test")).toBeNull();
  });

  it("never reads a file outside the folder: links and folders in it are skipped", async () => {
    const outside = path.join(root, "secret.txt");
    await writeFile(outside, message("eve@example.test", "http://localhost/outside"));
    await symlink(outside, path.join(outbox, outboxFileName("eve@example.test", 9000)));
    await mkdir(path.join(outbox, outboxFileName("eve@example.test", 9100)));
    await writeFile(path.join(outbox, outboxFileName("eve@example.test", 10)), message("eve@example.test", "http://localhost/inside"));
    expect((await findNewestOutboxMessage(outbox, "eve@example.test"))?.text).toContain("http://localhost/inside");
    expect(await findNewestOutboxMessage(outbox, "../secret")).toBeNull();
  });
});

describe("who may read the dev outbox", () => {
  const dev = { NODE_ENV: "development", OUTBOX_DIR: ".data/outbox" };
  const localPeer = (address = "127.0.0.1") => ({ host: "localhost:3311", [PEER_HEADER]: `${address} 50000 3311` });
  const can = (e: typeof dev & { SMTP_URL?: string }, headers: Record<string, string>, peerUid = 1000) =>
    canReadDevOutbox(e, new Headers(headers), 1000, async () => peerUid);

  it("is on only in development without SMTP", () => {
    expect(devOutboxDir(dev)).toBe(path.resolve(".data/outbox"));
    expect(devOutboxDir({ ...dev, NODE_ENV: "production" })).toBeNull();
    expect(devOutboxDir({ ...dev, SMTP_URL: "smtp://mail.example.test" })).toBeNull();
  });

  it("lets in the server's own user over loopback, by IPv4, IPv6 or IPv4-mapped address", async () => {
    expect(await can(dev, localPeer())).toBe(true);
    expect(await can(dev, localPeer("::1"))).toBe(true);
    expect(await can(dev, localPeer("::ffff:127.0.0.1"))).toBe(true);
    expect(await can(dev, { ...localPeer(), host: "127.0.0.1:3311" })).toBe(true);
    expect(await can(dev, { ...localPeer(), host: "[::1]:3311" })).toBe(true);
  });

  it("refuses production and SMTP set-ups however local the request", async () => {
    expect(await can({ ...dev, NODE_ENV: "production" }, localPeer())).toBe(false);
    expect(await can({ ...dev, NODE_ENV: "test" }, localPeer())).toBe(false);
    expect(await can({ ...dev, SMTP_URL: "smtp://mail.example.test" }, localPeer())).toBe(false);
  });

  it("refuses a remote socket, whatever X-Forwarded-For and Host claim", async () => {
    expect(await can(dev, { ...localPeer("192.0.2.7"), "x-forwarded-for": "127.0.0.1" })).toBe(false);
    expect(await can(dev, { host: "localhost:3311", "x-forwarded-for": "127.0.0.1", "x-real-ip": "127.0.0.1" })).toBe(false);
  });

  it("refuses another OS user on this machine, or one it cannot tell", async () => {
    expect(await can(dev, localPeer(), 1001)).toBe(false);
    expect(await canReadDevOutbox(dev, new Headers(localPeer()), 1000, async () => null)).toBe(false);
    expect(await canReadDevOutbox(dev, new Headers(localPeer()), null, async () => 1000)).toBe(false);
  });

  it("refuses a page that points its own domain at 127.0.0.1 (its Host is not this machine's name)", async () => {
    expect(await can(dev, { ...localPeer(), host: "attacker.example:3311" })).toBe(false);
  });
});

describe("the peer of a connection", () => {
  it("is stamped by the server on every request, over any header the client sent", async () => {
    await installPeerStamp();
    const server = createHttpServer((req, res) => res.end(String(req.headers[PEER_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const body = await new Promise<string>((resolve, reject) => {
        const req = request({ port, host: "127.0.0.1", headers: { [PEER_HEADER]: "127.0.0.1 1 1" } }, (res) => {
          let text = "";
          res.on("data", (c: Buffer) => (text += c.toString()));
          res.on("end", () => resolve(text));
        });
        req.on("error", reject).end();
      });
      const peer = readPeer(new Headers({ [PEER_HEADER]: body }));
      expect(peer).toMatchObject({ address: "127.0.0.1", serverPort: port });
      expect(peer!.port).not.toBe(1);
    } finally {
      server.close();
    }
  });

  it.runIf(process.platform === "linux")("belongs to the OS user whose process opened it, as Linux reports", async () => {
    const server = createServer();
    const accepted = new Promise<Socket>((resolve) => server.once("connection", resolve));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const client = createConnection({ port: (server.address() as AddressInfo).port, host: "127.0.0.1" });
    try {
      const socket = await accepted;
      const uid = await getPeerUid({ address: socket.remoteAddress!, port: socket.remotePort!, serverPort: socket.localPort! });
      expect(uid).toBe(process.getuid!());
      expect(await getPeerUid({ address: "127.0.0.1", port: 1, serverPort: 2 })).toBeNull();
      socket.destroy();
    } finally {
      client.destroy();
      server.close();
    }
  });
});

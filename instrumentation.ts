// Runs once per server process, before the first request. The work is in lib/start-up: a
// separate module, so the Edge build of this file (which Next also makes) leaves it out.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startUp } = await import("./lib/start-up/start-up");
    await startUp();
  }
}

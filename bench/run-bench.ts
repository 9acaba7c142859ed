/** Runs a bench to its end, then `cleanUp` (also on Ctrl-C, exiting 130); a failure prints and sets exit code 1. */
export function runBench(main: () => Promise<void>, cleanUp: () => Promise<void>): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }
  main()
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(cleanUp);
}

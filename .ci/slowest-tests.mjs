// Prints the slowest tests of each runner from the JSON reports in the folder given (see
// TEST_TIMINGS_DIR in .ci/run): vitest.json and playwright.json. Plain Node, no dependencies.
// A report that is missing (its runner did not run) or unreadable is said so, never an error:
// this runs after the tests whether they passed or not, and .ci/run exits with their status.
import { readFileSync } from "node:fs";
import path from "node:path";

const [dir = ".", count = "10"] = process.argv.slice(2);
const root = process.cwd() + path.sep;

/** Vitest's JSON (Jest's format): files, each with its tests. */
function vitestTests(report) {
  return report.testResults.flatMap((file) =>
    file.assertionResults.map((test) => ({
      ms: test.duration ?? 0,
      status: test.status,
      name: [file.name.replace(root, ""), ...test.ancestorTitles, test.title].join(" › "),
    })),
  );
}

/** Playwright's JSON: nested suites of specs, each spec one test per project with its runs. */
function playwrightTests(report) {
  const walk = (suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests.map((test) => ({
        ms: test.results.reduce((sum, run) => sum + run.duration, 0),
        status: test.results.at(-1)?.status ?? "not run",
        name: `[${test.projectName}] ${spec.file}:${spec.line} › ${spec.title}`,
      })),
    ),
    ...(suite.suites ?? []).flatMap(walk),
  ];
  return report.suites.flatMap(walk);
}

function print(title, file, collect) {
  console.log(`\n== Slowest ${count} ${title} tests`);
  let tests;
  try {
    const report = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    // Errors outside any test (a web server that did not start, a file that did not load).
    for (const error of report.errors ?? []) console.log(`  error: ${error.message?.split("\n")[0]}`);
    tests = collect(report);
  } catch (error) {
    console.log(error.code === "ENOENT" ? `  no ${file}: the runner did not run` : `  ${file} unreadable: ${error.message}`);
    return;
  }
  if (tests.length === 0) console.log("  no test ran");
  tests.sort((a, b) => b.ms - a.ms);
  for (const { ms, status, name } of tests.slice(0, Number(count))) {
    const mark = status === "passed" ? "" : ` (${status})`;
    console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}${mark}`);
  }
}

print("Vitest", "vitest.json", vitestTests);
print("Playwright", "playwright.json", playwrightTests);

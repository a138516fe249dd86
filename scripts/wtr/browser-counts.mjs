// A @web/test-runner reporter that ends the run with one line per browser: `chromium: 220 passed, 0 failed`.
// A test file that fails with no failed test of its own (a load error, a failing hook) counts as one failure.
// Each failure is named again below the counts (engine, file, test, first line of the error), so the end of a
// long CI log says what failed.
const LABELS = [
  [/chrom/i, 'chromium'],
  [/firefox/i, 'firefox'],
  [/webkit|minibrowser|safari/i, 'webkit'],
];

function label(browserName) {
  return LABELS.find(([pattern]) => pattern.test(browserName))?.[1] ?? browserName;
}

function countTests(suite, counts, failures, path = []) {
  const names = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      failures.push({ test: [...names, test.name].join(' › '), error: test.error });
    }
  }
  for (const child of suite.suites) countTests(child, counts, failures, names);
}

const firstLine = (error) =>
  String(error?.message ?? error ?? 'failed')
    .split('\n')[0]
    .slice(0, 300);

export function browserCountsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = new Map();
      const failed = [];
      for (const session of sessions) {
        const name = label(session.browser.name);
        if (!byBrowser.has(name)) byBrowser.set(name, { passed: 0, failed: 0, skipped: 0 });
        const counts = byBrowser.get(name);
        const failedBefore = counts.failed;
        const failures = [];
        if (session.testResults) countTests(session.testResults, counts, failures);
        // A file that failed with no failed test (a load error, a hook) still counts once.
        if (!session.passed && counts.failed === failedBefore) {
          counts.failed += 1;
          failures.push({ test: '(the file)', error: session.errors?.[0] ?? session.logs?.[0] });
        }
        const file = session.testFile.replace(process.cwd() + '/', '');
        for (const { test, error } of failures)
          failed.push(`failed in ${name}: ${file} › ${test}: ${firstLine(error)}`);
      }
      const lines = [...byBrowser].map(
        ([name, { passed, failed, skipped }]) =>
          `${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
      );
      // After the default reporter's summary, which this runs alongside.
      setTimeout(() => console.log(`\n${[...failed, ...lines].join('\n')}`));
    },
  };
}

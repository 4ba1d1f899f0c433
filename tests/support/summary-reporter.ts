// Prints one plain closing line, `N passed, N failed, N skipped`, which CI reads whatever the runner.
import type { Reporter, TestModule } from 'vitest/node';
import { CHROMIUM_PATH, hasChromium } from './chromium.ts';
import { scaleOutMissing } from './scale-out-services.ts';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') count.failed++;
        else count.skipped++;
      }
      // A file that failed outside any test (a failing beforeAll, an import error) counts as one failure.
      const testFailed = [...module.children.allTests()].some((t) => t.result().state === 'failed');
      if (module.state() === 'failed' && !testFailed) count.failed++;
    }
    if (!hasChromium()) {
      process.stdout.write(
        `\n!!! BROWSER TESTS WERE SKIPPED: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium) !!!\n`,
      );
    }
    const scaleOut = scaleOutMissing();
    if (scaleOut) process.stdout.write(`\n!!! SCALE-OUT TESTS WERE SKIPPED: ${scaleOut} !!!\n`);
    process.stdout.write(`\n${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`);
  }
}

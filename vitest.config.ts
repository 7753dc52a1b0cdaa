import {availableParallelism} from 'node:os'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    setupFiles: ['test/yieldBetweenTests.ts'],
    // Two test files at a time even on two cores: most suites wait on a CLI run in a child process.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    minWorkers: 1,
    // Test files of one worker share their modules (loading the pipeline's modules again for each of the ~90 files
    // was a quarter of the suite's time). A module that changes global state says so and keeps what it replaced
    // (`src/markdown/linearEditMap.ts`).
    isolate: false,
    testTimeout: 180_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Worker entry points run in worker threads, which v8 coverage of the test process does not see.
      exclude: ['src/run/worker.ts', 'src/cli/queryWorker.ts'],
      reporter: ['text-summary'],
      // The floor CI enforces (`npm run test:coverage` in .ci/run), a point under what the whole suite measured in a
      // clean clone in stop 13 (statements 91.8%, branches 90.6%, functions 96.0%, lines 91.8%): raise it with the
      // figures, never lower it. Code run only in child processes (src/cli, the workers) is not counted by v8
      // coverage of the test process.
      thresholds: {lines: 90, statements: 90, functions: 95, branches: 89}
    }
  }
})

import {defineConfig} from 'vitest/config'

// One test run for the whole workspace. Where each kind of test goes: test/README.md.
export default defineConfig({
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'extensions/*/test/**/*.test.ts',
      'test/**/*.test.ts'
    ],
    exclude: ['**/node_modules/**', '**/dist/**', 'test/bench/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000
  }
})

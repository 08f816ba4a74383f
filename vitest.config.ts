import { defineConfig } from 'vitest/config'

export default defineConfig({
  // tsconfig keeps JSX for Next.js to compile; the admin component tests need it compiled here.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    // One Payload per test file: files run in parallel forks, each on its own database.
    fileParallelism: true,
    globalSetup: ['./test/setup/globalSetup.ts'],
    hookTimeout: 120_000,
    include: ['test/**/*.test.ts'],
    // Suites with their own config and server setup: scripts/test.sh runs each once.
    // Imports leave the fixtures' images remote (tests reach loopback only); media tests turn it on.
    env: { NEWSROOM_IMPORT_MEDIA: 'off' },
    exclude: ['test/e2e/**', 'test/package/**', 'test/devserver/**', 'test/chaos/**', 'test/site/**', 'test/scale/**', 'test/template/**'],
    maxWorkers: 2,
    // The admin's client components import @payloadcms/ui, whose modules import CSS: through Vite,
    // which leaves the CSS out, rather than Node, which cannot load it.
    server: { deps: { inline: ['@payloadcms/ui', 'react-image-crop'] } },
    testTimeout: 60_000,
  },
})

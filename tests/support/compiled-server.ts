/**
 * The tests start what `npm start` and `npx portal` run: the compiled server and CLI, built
 * once per test run by tests/support/build-server-setup.mjs (decision 171). Source maps keep
 * a stack trace in a failure's output pointing at src/.
 */
export const SERVER_ARGS = ['--enable-source-maps', 'dist/server/main.js'];
export const CLI_ARGS = ['--enable-source-maps', 'dist/server/cli/main.js'];

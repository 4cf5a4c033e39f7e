/// <reference types="@crxjs/vite-plugin/client" />

/** True in the test-only builds (dist/*-e2e): e2e hooks are compiled out of the product build. */
declare const __E2E__: boolean;
/** The browser a build is for. */
declare const __TARGET__: 'chrome' | 'firefox';

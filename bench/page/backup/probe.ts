/**
 * The backup benchmark times everything inside its bench page; nothing of the app's UI is watched, so
 * its probe (which bench/page-build.ts builds for every page) is empty.
 */
export {};

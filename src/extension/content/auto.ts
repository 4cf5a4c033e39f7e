/**
 * Registered before the content script for sites the user chose to annotate automatically: it only tells the
 * content script that runs right after it (same isolated world) to annotate on arrival instead of waiting for a click.
 */
(globalThis as { __qariAuto?: boolean }).__qariAuto = true;

export {};

// Browser tests of the default theme: serves a built site on loopback, drives
// Debian's Chromium with playwright-core, and checks what a reader meets:
// reflow at 320 CSS px, the skip link, the quick exit (with and without
// JavaScript), right-to-left layout, the print stylesheet and the e-mail
// editions at 600 and 320 px. Saves a
// screenshot of every page type at 320 and 1280 px under target/screenshots/.
// With `search`, runs the search tests instead (search.mjs), on the
// fixture site tests/fixtures/search built into SITE_DIR.
//
//   node tests/browser/run.mjs public
//   node tests/browser/run.mjs target/search-site search
//
// Prints one line per test and ends with "N passed, N failed, N skipped";
// exits non-zero when any test failed.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

import { serve } from "./server.mjs";
import { TESTS } from "./checks.mjs";
import { SEARCH_TESTS } from "./search.mjs";
import { screenshots } from "./screenshots.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repository = path.resolve(here, "..", "..");

const folder = process.argv[2];
const suite = process.argv[3] ?? "theme";
if (suite !== "theme" && suite !== "search") {
  console.error(`unknown suite ${suite}: use theme (the default) or search`);
  process.exit(2);
}
if (!folder || !existsSync(path.join(folder, "index.html"))) {
  console.error("usage: node tests/browser/run.mjs SITE_DIR [theme|search] (a built site with index.html)");
  process.exit(2);
}

const server = await serve(folder);
const profile = mkdtempSync(path.join(os.tmpdir(), "lantern-chromium-"));
// A fresh profile folder: playwright takes it as the persistent context's
// user data dir (it refuses --user-data-dir among the arguments); each test
// then opens its own new context in the same browser.
const persistent = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.LANTERN_CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const browser = persistent.browser();

const counts = { passed: 0, failed: 0, skipped: 0 };
const env = { browser, base: server.url, folder: path.resolve(folder) };
const only = process.env.LANTERN_TESTS ? new RegExp(process.env.LANTERN_TESTS) : null;
try {
  for (const test of suite === "search" ? SEARCH_TESTS : TESTS) {
    if (only && !only.test(test.name)) {
      continue;
    }
    try {
      const result = await test.run(env);
      if (result && result.skipped) {
        counts.skipped += 1;
        console.log(`skip - ${test.name}: ${result.skipped}`);
      } else {
        counts.passed += 1;
        console.log(`ok - ${test.name}${result && result.note ? ` (${result.note})` : ""}`);
      }
    } catch (error) {
      counts.failed += 1;
      console.log(`not ok - ${test.name}\n    ${String(error?.message ?? error).replaceAll("\n", "\n    ")}`);
    }
  }
  if (!only && suite === "theme") {
    const out = path.join(repository, "target", "screenshots");
    mkdirSync(out, { recursive: true });
    const saved = await screenshots(env, out);
    console.log(`# ${saved} screenshots in ${path.relative(process.cwd(), out) || out}`);
  }
} finally {
  await persistent.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed > 0 ? 1 : 0);

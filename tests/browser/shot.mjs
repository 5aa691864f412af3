// Ad-hoc screenshot for a person checking the theme by eye:
//   node tests/browser/shot.mjs SITE_DIR PATH WIDTH HEIGHT OUT.png [scrollY] [dark|print] [fullPage]
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { serve } from "./server.mjs";

const [folder, pagePath, width, height, out, scrollY = "0", mode = "", full = ""] = process.argv.slice(2);
const server = await serve(folder);
const profile = mkdtempSync(path.join(os.tmpdir(), "lantern-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: mode === "dark" ? "dark" : "light",
});
const page = await context.newPage();
if (mode === "print") await page.emulateMedia({ media: "print" });
await page.goto(server.url + pagePath);
await page.evaluate((y) => window.scrollTo(0, y), Number(scrollY));
await page.screenshot({ path: out, fullPage: full === "full" });
await context.close();
await server.close();
rmSync(profile, { recursive: true, force: true });

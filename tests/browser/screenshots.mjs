// Screenshots of every page type at 320 and 1280 CSS px (full page), plus
// dark mode and print, for people to look at: CI keeps them as artefacts.
import { existsSync } from "node:fs";
import path from "node:path";

import { PAGE_TYPES, fileOf } from "./pages.mjs";
import { newPage } from "./support.mjs";

const WIDTHS = [320, 1280];

/** Saves the screenshots into `out`; returns how many it saved. */
export async function screenshots(env, out) {
  let saved = 0;
  const present = PAGE_TYPES.filter((p) => existsSync(path.join(env.folder, fileOf(p.path))));
  for (const width of WIDTHS) {
    const { context, page } = await newPage(env, { width, height: width < 800 ? 640 : 800 });
    for (const type of present) {
      await page.goto(env.base + type.path);
      await page.screenshot({ path: path.join(out, `${type.name}-${width}.png`), fullPage: true });
      saved += 1;
    }
    await context.close();
  }
  const extras = [
    { name: "home-dark-320", path: "/", width: 320, scheme: "dark" },
    { name: "review-dark-1280", path: "/reviews/child-d/", width: 1280, scheme: "dark" },
    { name: "leaflet-print", path: "/information-for-parents/", width: 794, media: "print" },
    { name: "ur-home-print", path: "/ur/", width: 794, media: "print" },
  ];
  for (const extra of extras) {
    if (!existsSync(path.join(env.folder, fileOf(extra.path)))) {
      continue;
    }
    const { context, page } = await newPage(env, { width: extra.width, height: 800 });
    await page.emulateMedia({ colorScheme: extra.scheme ?? "light", media: extra.media ?? "screen" });
    await page.goto(env.base + extra.path);
    await page.screenshot({ path: path.join(out, `${extra.name}.png`), fullPage: true });
    saved += 1;
    await context.close();
  }
  return saved;
}

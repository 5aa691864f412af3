// Screenshots of every page type at 320 and 1280 CSS px (full page), plus
// dark mode, print, the first phone screen, 200 % and 400 % zoom and the
// e-mail editions at 600 and 320 px, for
// people to look at: CI keeps them as artefacts.
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
    { name: "ur-leaflet-print", path: "/ur/information-for-parents/", width: 794, media: "print" },
    // The first screen of a phone, as a worried parent meets it.
    { name: "home-first-screen-360", path: "/", width: 360, height: 740, first: true },
    { name: "pl-home-first-screen-360", path: "/pl/", width: 360, height: 740, first: true },
    { name: "ur-home-first-screen-360", path: "/ur/", width: 360, height: 740, first: true },
    { name: "recommendations-first-screen-320", path: "/recommendations/", width: 320, height: 740, first: true },
    { name: "ur-recommendations-320", path: "/ur/recommendations/", width: 320 },
    { name: "leaflet-zoom-200", path: "/information-for-parents/", width: 640, height: 450, first: true, scroll: 0.5 },
    { name: "leaflet-zoom-400", path: "/information-for-parents/", width: 320, height: 225, first: true, scroll: 0.5 },
    // The e-mail editions, as wide as a mail program's column and as a phone.
    { name: "newsletter-email-600", path: "/newsletters/autumn-2026/email.html", width: 600 },
    { name: "newsletter-email-320", path: "/newsletters/autumn-2026/email.html", width: 320 },
    { name: "newsletter-email-dark-600", path: "/newsletters/autumn-2026/email.html", width: 600, scheme: "dark" },
    { name: "briefing-email-600", path: "/briefings/safer-sleep/email.html", width: 600 },
    { name: "briefing-email-320", path: "/briefings/safer-sleep/email.html", width: 320 },
  ];
  for (const extra of extras) {
    if (!existsSync(path.join(env.folder, fileOf(extra.path)))) {
      continue;
    }
    const { context, page } = await newPage(env, { width: extra.width, height: extra.height ?? 800 });
    await page.emulateMedia({ colorScheme: extra.scheme ?? "light", media: extra.media ?? "screen" });
    await page.goto(env.base + extra.path);
    if (extra.scroll) {
      await page.evaluate((f) => window.scrollTo(0, document.body.scrollHeight * f), extra.scroll);
    }
    await page.screenshot({ path: path.join(out, `${extra.name}.png`), fullPage: !extra.first });
    saved += 1;
    await context.close();
  }
  return saved;
}

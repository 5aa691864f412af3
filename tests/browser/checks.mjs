// The browser tests: each opens its own context (see support.mjs), so
// nothing carries over between them, and none can reach another host.
import { existsSync } from "node:fs";
import path from "node:path";

import { PAGE_TYPES, fileOf } from "./pages.mjs";
import { assert, equal, newPage } from "./support.mjs";

/** The quick exit's destination, read from the home page. */
async function exitUrl(env) {
  const { context, page } = await newPage(env);
  await page.goto(env.base + "/");
  const href = await page.getAttribute("#quick-exit", "href");
  await context.close();
  assert(href && /^https?:\/\//.test(href), `the quick exit link has no absolute href: ${href}`);
  env.exitHost = new URL(href).host;
  return href;
}

function present(env) {
  return PAGE_TYPES.filter((p) => existsSync(path.join(env.folder, fileOf(p.path))));
}

function missing(env) {
  return PAGE_TYPES.filter((p) => !existsSync(path.join(env.folder, fileOf(p.path)))).map((p) => p.path);
}

const reflow = {
  name: "every page type reflows at 320 CSS px without horizontal scrolling",
  async run(env) {
    const { context, page, external, errors } = await newPage(env, { width: 320, height: 640 });
    const wide = [];
    for (const type of present(env)) {
      await page.goto(env.base + type.path);
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        const culprits = [...document.querySelectorAll("body *")]
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest(".table-wrap"))
          .slice(0, 3)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        return { scroll: root.scrollWidth, client: root.clientWidth, culprits };
      });
      if (overflow.scroll > overflow.client) {
        wide.push(`${type.path} is ${overflow.scroll}px wide (${overflow.culprits.join(", ")})`);
      }
    }
    await context.close();
    assert(wide.length === 0, wide.join("\n"));
    assert(external.length === 0, `requests to other hosts: ${external.join(", ")}`);
    assert(errors.length === 0, `console errors: ${errors.join(" | ")}`);
    const gone = missing(env);
    return gone.length ? { note: `not built: ${gone.join(" ")}` } : undefined;
  },
};

const skipLink = {
  name: "the first Tab lands on the skip link, and activating it moves focus to main",
  async run(env) {
    const { context, page } = await newPage(env, { width: 320, height: 640 });
    for (const pagePath of ["/", "/ur/", "/information-for-parents/"]) {
      await page.goto(env.base + pagePath);
      await page.keyboard.press("Tab");
      const first = await page.evaluate(() => {
        const el = document.activeElement;
        const box = el.getBoundingClientRect();
        return { cls: el.className, href: el.getAttribute("href"), width: box.width, height: box.height, top: box.top };
      });
      equal(first.cls, "skip-link", `first focus on ${pagePath}`);
      equal(first.href, "#main-content", "skip link target");
      assert(first.width >= 24 && first.height >= 24 && first.top >= 0, `the focused skip link is not visible: ${JSON.stringify(first)}`);
      await page.keyboard.press("Enter");
      const focused = await page.evaluate(() => document.activeElement.id);
      equal(focused, "main-content", `focus after the skip link on ${pagePath}`);
      const tag = await page.evaluate(() => document.activeElement.tagName);
      equal(tag, "MAIN", "the skip link's target");
    }
    await context.close();
  },
};

const shiftThreeTimes = {
  name: "Shift three times leaves the site, announcing each press, and Back does not return",
  async run(env) {
    const exit = await exitUrl(env);
    const { context, page, external } = await newPage(env, { width: 1280, height: 800 });
    await page.goto(env.base + "/");
    await page.goto(env.base + "/information-for-parents/");
    await page.keyboard.press("Shift");
    equal(await page.textContent("#quick-exit-status"), "Press Shift 2 more times to leave this site", "after one press");
    await page.keyboard.press("Shift");
    equal(await page.textContent("#quick-exit-status"), "Press Shift 1 more time to leave this site", "after two presses");
    await Promise.all([page.waitForURL(exit), page.keyboard.press("Shift")]);
    assert(external.includes(exit), `the exit page was not requested: ${external.join(", ")}`);
    await page.goBack();
    const back = page.url();
    assert(!back.includes("/information-for-parents/"), `Back returned to the page that was left: ${back}`);
    equal(back, env.base + "/", "Back goes to the page before the one that was left");
    const shown = await page.evaluate(() => !document.body.hidden && document.title !== "");
    assert(shown, "the page Back returns to is blank");
    await context.close();
  },
};

const pressesInLanguage = {
  name: "the Shift count is announced in the page's language and resets after 5 seconds",
  async run(env) {
    const { context, page } = await newPage(env);
    await page.clock.install();
    await page.goto(env.base + "/pl/");
    await page.keyboard.press("Shift");
    equal(await page.textContent("#quick-exit-status"), "Naciśnij Shift jeszcze 2 razy, aby opuścić stronę", "Polish");
    await page.keyboard.press("Shift");
    await page.clock.runFor(5100);
    equal(await page.textContent("#quick-exit-status"), "", "after 5 seconds the count is cleared");
    await page.keyboard.press("Shift");
    equal(await page.textContent("#quick-exit-status"), "Naciśnij Shift jeszcze 2 razy, aby opuścić stronę", "counting again from one");
    await page.keyboard.press("a");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    assert(page.url().endsWith("/pl/"), "another key between presses starts the count again");
    await page.goto(env.base + "/ur/");
    await page.keyboard.press("Shift");
    const urdu = await page.textContent("#quick-exit-status");
    assert(urdu.includes("Shift") && /[\u0600-\u06ff]/.test(urdu), `Urdu announcement: ${urdu}`);
    // Welsh and Arabic have a form for two of their own ("ddwywaith",
    // "مرتين"): the count after one press uses it.
    await page.goto(env.base + "/cy/");
    await page.keyboard.press("Shift");
    equal(await page.textContent("#quick-exit-status"), "Pwyswch Shift ddwywaith eto i adael y wefan hon", "Welsh");
    await page.goto(env.base + "/ar/");
    await page.keyboard.press("Shift");
    equal(await page.textContent("#quick-exit-status"), "اضغط Shift مرتين أخريين لمغادرة هذا الموقع", "Arabic");
    const role = await page.getAttribute("#quick-exit-status", "role");
    equal(role, "status", "the announcement region's role");
    await context.close();
  },
};

const clickReplaces = {
  name: "clicking Leave this site replaces the page, so Back does not return",
  async run(env) {
    const exit = await exitUrl(env);
    const { context, page } = await newPage(env, { width: 320, height: 640 });
    await page.goto(env.base + "/");
    await page.goto(env.base + "/staying-safe-online/");
    await Promise.all([page.waitForURL(exit), page.click("#quick-exit")]);
    await page.goBack();
    equal(page.url(), env.base + "/", "Back after the quick exit");
    await context.close();
  },
};

const noScript = {
  name: "the quick exit link works with JavaScript disabled",
  async run(env) {
    const exit = await exitUrl(env);
    const { context, page } = await newPage(env, { width: 320, height: 640 }, { javaScriptEnabled: false });
    await page.goto(env.base + "/reviews/");
    const visible = await page.isVisible("#quick-exit");
    assert(visible, "the quick exit link is not visible without JavaScript");
    await Promise.all([page.waitForURL(exit), page.click("#quick-exit")]);
    equal(page.url(), exit, "the quick exit destination");
    await context.close();
  },
};

const stickyExit = {
  name: "the quick exit stays in view when scrolling on a phone and never hides the focused element",
  async run(env) {
    const { context, page } = await newPage(env, { width: 320, height: 640 });
    await page.goto(env.base + "/staying-safe-online/");
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const box = await page.locator("#quick-exit").boundingBox();
    assert(box && box.y >= 0 && box.y + box.height <= 640, `the button scrolled out of view: ${JSON.stringify(box)}`);
    assert(box.width >= 24 && box.height >= 24, "the button is smaller than 24 by 24 px");
    const hidden = [];
    const check = async (what) => {
      const state = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) {
          return null;
        }
        // Covered: the point at the middle of the element belongs to the bar.
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        const inBar = el.closest(".exit-bar") !== null;
        const covered = !inBar && top !== null && top.closest(".exit-bar") !== null;
        return { covered, text: (el.textContent || "").trim().slice(0, 40) };
      });
      if (state && state.covered) {
        hidden.push(`${what}: ${state.text}`);
      }
    };
    // Forwards to the end of the page, then backwards (Shift+Tab scrolls
    // each element in at the top, where the bar is), then #fragment links.
    await page.evaluate(() => window.scrollTo(0, 0));
    for (let i = 0; i < 45; i += 1) {
      await page.keyboard.press("Tab");
      await check("Tab");
    }
    for (let i = 0; i < 45; i += 1) {
      await page.keyboard.press("Shift+Tab");
      await check("Shift+Tab");
    }
    assert(page.url().includes("/staying-safe-online/"), "Shift+Tab counted as presses of Shift and left the site");
    for (const link of await page.locator(".toc a").all()) {
      await link.click();
      const id = new URL(page.url()).hash.slice(1);
      const covered = await page.evaluate((target) => {
        const r = document.getElementById(decodeURIComponent(target)).getBoundingClientRect();
        const bar = document.querySelector(".exit-bar").getBoundingClientRect();
        return r.top < bar.bottom - 1;
      }, id);
      if (covered) {
        hidden.push(`#${id}`);
      }
    }
    await context.close();
    assert(hidden.length === 0, `focused elements hidden under the quick exit bar: ${hidden.join(" | ")}`);
  },
};

const rightToLeft = {
  name: "the Urdu and Arabic home pages are laid out right to left, their headers mirrored",
  async run(env) {
    const { context, page } = await newPage(env);
    const layout = async (pagePath) => {
      await page.goto(env.base + pagePath);
      return page.evaluate(() => {
        const x = (sel) => {
          const r = document.querySelector(sel).getBoundingClientRect();
          return r.left + r.width / 2;
        };
        // Where the name and the language list start: their left edge
        // left to right, their right edge right to left.
        const rtl = document.documentElement.dir === "rtl";
        const start = (sel) => {
          const r = document.querySelector(sel).getBoundingClientRect();
          return rtl ? r.right : r.left;
        };
        return {
          dir: getComputedStyle(document.body).direction,
          html: document.documentElement.getAttribute("dir"),
          name: start(".site-name"),
          languages: start(".languages li"),
          exit: x("#quick-exit"),
          heading: document.querySelector("main h1").getBoundingClientRect().right,
          width: document.documentElement.clientWidth,
        };
      });
    };
    const ltr = await layout("/");
    assert(ltr.name < ltr.width / 2 && ltr.name <= ltr.languages + 1 && ltr.exit > ltr.width / 2, `English header: name on the left, the languages after it, quick exit on the right: ${JSON.stringify(ltr)}`);
    equal(ltr.dir, "ltr", "English direction");
    for (const home of ["/ur/", "/ar/"]) {
      const rtl = await layout(home);
      equal(rtl.dir, "rtl", `${home} computed direction`);
      equal(rtl.html, "rtl", `${home} <html dir>`);
      assert(rtl.name > rtl.width / 2 && rtl.name >= rtl.languages - 1 && rtl.exit < rtl.width / 2, `${home} header: name on the right, the languages after it, quick exit on the left: ${JSON.stringify(rtl)}`);
      assert(rtl.heading > rtl.width / 2, `${home}: the heading starts on the right`);
    }
    await context.close();
  },
};

const print = {
  name: "print hides navigation and the quick exit, and shows where links go",
  async run(env) {
    const { context, page } = await newPage(env);
    await page.emulateMedia({ media: "print" });
    await page.goto(env.base + "/information-for-parents/");
    const shown = await page.evaluate(() => {
      const display = (sel) => {
        const el = document.querySelector(sel);
        return el ? getComputedStyle(el).display : "absent";
      };
      const link = document.querySelector("main .prose a[href^='/']");
      return {
        exit: display(".exit-bar"),
        help: display(".exit-help"),
        nav: display(".site-nav"),
        languages: display(".languages"),
        breadcrumbs: display(".breadcrumbs"),
        toc: display(".toc"),
        skip: display(".skip-link"),
        footerLinks: display(".footer-links"),
        printOnly: display(".print-only"),
        after: link ? getComputedStyle(link, "::after").content : "no link",
        itemBreak: getComputedStyle(document.querySelector("main li")).breakInside,
      };
    });
    await context.close();
    for (const part of ["exit", "help", "nav", "languages", "breadcrumbs", "toc", "skip", "footerLinks"]) {
      assert(shown[part] === "none" || shown[part] === "absent", `${part} is printed (display: ${shown[part]})`);
    }
    equal(shown.printOnly, "block", "the printed-from line");
    assert(/\(https?:\/\/[^ ]+\/[^ ]*\)/.test(shown.after), `links to the site's pages are not followed by their whole address: ${shown.after}`);
    equal(shown.itemBreak, "avoid", "page breaks inside list items");
  },
};

const consistentHelp = {
  name: "every page type has the contact link first in the footer and the same landmarks",
  async run(env) {
    const { context, page } = await newPage(env);
    const problems = [];
    for (const type of present(env)) {
      await page.goto(env.base + type.path);
      const found = await page.evaluate(() => {
        const first = document.querySelector(".site-footer .footer-links a");
        const home = document.querySelector(".site-name").getAttribute("href");
        return {
          contact: first ? first.getAttribute("href") : null,
          expected: `${home}contact/`,
          mains: document.querySelectorAll("main").length,
          headers: document.querySelectorAll("body > header").length,
          footers: document.querySelectorAll("body > footer").length,
          exit: document.querySelectorAll("#quick-exit").length,
          h1: document.querySelectorAll("h1").length,
          inline: document.querySelectorAll("[style], [onclick], [onload], script:not([src]):not([type='application/ld+json'])").length,
        };
      });
      if (found.contact !== found.expected) problems.push(`${type.path}: first footer link ${found.contact}`);
      if (found.mains !== 1 || found.headers !== 1 || found.footers !== 1) problems.push(`${type.path}: landmarks ${JSON.stringify(found)}`);
      if (found.exit !== 1) problems.push(`${type.path}: no quick exit`);
      if (found.h1 !== 1) problems.push(`${type.path}: ${found.h1} h1 elements`);
      if (found.inline !== 0) problems.push(`${type.path}: inline style, script or handler`);
    }
    await context.close();
    assert(problems.length === 0, problems.join("\n"));
  },
};

const targetSize = {
  name: "links outside running text are at least 24 by 24 CSS px",
  async run(env) {
    const { context, page } = await newPage(env, { width: 320, height: 640 });
    const small = [];
    for (const pagePath of ["/", "/reviews/", "/ur/", "/information-for-parents/"]) {
      await page.goto(env.base + pagePath);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll(".exit-bar a, .exit-help a, .site-header a, .breadcrumbs a, .footer-links a, .toc a, .tags a, .card a")]
          .map((a) => ({ text: a.textContent.trim(), box: a.getBoundingClientRect() }))
          .filter(({ box }) => box.height < 24 || box.width < 24)
          .map(({ text, box }) => `${text} ${Math.round(box.width)}x${Math.round(box.height)}`),
      );
      small.push(...found.map((f) => `${pagePath}: ${f}`));
    }
    await context.close();
    assert(small.length === 0, small.join("\n"));
  },
};

const darkMode = {
  name: "dark mode follows prefers-color-scheme",
  async run(env) {
    const { context, page } = await newPage(env, { width: 1280, height: 800 }, { colorScheme: "dark" });
    await page.goto(env.base + "/");
    const colours = await page.evaluate(() => ({
      bg: getComputedStyle(document.documentElement).backgroundColor,
      ink: getComputedStyle(document.body).color,
    }));
    await context.close();
    const lightness = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
    assert(lightness(colours.bg) < 60, `the dark background is light: ${colours.bg}`);
    assert(lightness(colours.ink) > 190, `the dark-mode text is dark: ${colours.ink}`);
  },
};

const firstScreen = {
  name: "who to call, with tel: links, and the page's heading are in the first phone screen of every home page",
  async run(env) {
    const problems = [];
    for (const size of [{ width: 360, height: 740 }, { width: 320, height: 740 }]) {
      const { context, page } = await newPage(env, size);
      for (const home of ["/", "/cy/", "/ar/", "/pl/", "/ur/"]) {
        await page.goto(env.base + home);
        const seen = await page.evaluate((height) => {
          const block = document.querySelector("main .concern");
          const phones = block ? [...block.querySelectorAll("a[href^='tel:']")] : [];
          const bottom = (el) => el.getBoundingClientRect().bottom;
          return {
            block: Boolean(block),
            phones: phones.map((a) => ({ href: a.getAttribute("href"), visible: bottom(a) <= height })),
            heading: document.querySelector("h1").getBoundingClientRect().top < height,
          };
        }, size.height);
        if (!seen.block) {
          problems.push(`${home}: no "Worried about a child?" block in main`);
          continue;
        }
        if (seen.phones.length < 2) {
          problems.push(`${home}: fewer than two tel: links (${JSON.stringify(seen.phones)})`);
        }
        for (const phone of seen.phones.filter((p) => !p.visible)) {
          problems.push(`${home} at ${size.width}x${size.height}: ${phone.href} is below the first screen`);
        }
        if (!seen.heading && size.width === 360) {
          problems.push(`${home} at ${size.width}x${size.height}: the page's heading is below the first screen`);
        }
      }
      await context.close();
    }
    assert(problems.length === 0, problems.join("\n"));
  },
};

const concernInFooter = {
  name: "every page type's footer says who to call, with tel: links",
  async run(env) {
    const { context, page } = await newPage(env, { width: 320, height: 640 });
    const problems = [];
    for (const type of present(env)) {
      await page.goto(env.base + type.path);
      const tels = await page.evaluate(() =>
        [...document.querySelectorAll("footer .concern a[href^='tel:']")].map((a) => a.getAttribute("href")),
      );
      if (!tels.includes("tel:999") || tels.length < 2) {
        problems.push(`${type.path}: ${JSON.stringify(tels)}`);
      }
    }
    await context.close();
    assert(problems.length === 0, `footers without who to call: ${problems.join(" | ")}`);
  },
};

const zoomedExit = {
  name: "the quick exit stays on screen at 200 % and 400 % zoom and in landscape",
  async run(env) {
    const problems = [];
    // 200 % and 400 % of a 1280 by 900 screen, and a phone on its side.
    for (const size of [{ width: 640, height: 450 }, { width: 320, height: 225 }, { width: 740, height: 360 }]) {
      const { context, page } = await newPage(env, size);
      for (const pagePath of ["/information-for-parents/", "/ur/information-for-parents/"]) {
        await page.goto(env.base + pagePath);
        for (const fraction of [0.5, 1]) {
          await page.evaluate((f) => window.scrollTo(0, document.body.scrollHeight * f), fraction);
          const box = await page.locator("#quick-exit").boundingBox();
          if (!box || box.y < 0 || box.y + box.height > size.height) {
            problems.push(`${pagePath} at ${size.width}x${size.height}, scrolled ${fraction * 100} %: ${JSON.stringify(box)}`);
          }
        }
        const bar = await page.evaluate(() => document.querySelector(".exit-bar").getBoundingClientRect().height);
        if (bar > size.height / 4) {
          problems.push(`${pagePath} at ${size.width}x${size.height}: the bar takes ${bar}px of ${size.height}`);
        }
      }
      await context.close();
    }
    assert(problems.length === 0, problems.join("\n"));
  },
};

const phoneTapTargets = {
  name: "language, safety and footer links are 44 CSS px tap targets on a phone",
  async run(env) {
    const { context, page } = await newPage(env, { width: 360, height: 740 });
    const small = [];
    for (const pagePath of ["/information-for-parents/", "/recommendations/"]) {
      await page.goto(env.base + pagePath);
      small.push(...(await page.evaluate(() =>
        [...document.querySelectorAll(".languages a, .exit-help a, .footer-links a, .concern-phone, .status-filter a")]
          .map((a) => ({ text: a.textContent.trim(), height: a.getBoundingClientRect().height }))
          .filter((a) => a.height < 44 - 0.5),
      )));
    }
    await context.close();
    assert(small.length === 0, `smaller than 44 px: ${JSON.stringify(small)}`);
  },
};

const trackerOnAPhone = {
  name: "the tracker's chart is legible at 320 px, mirrored right to left, and its text keeps a readable measure",
  async run(env) {
    const problems = [];
    const { context, page } = await newPage(env, { width: 320, height: 740 });
    for (const pagePath of ["/recommendations/", "/ur/recommendations/"]) {
      await page.goto(env.base + pagePath);
      const seen = await page.evaluate(() => {
        const svg = document.querySelector(".chart-svg");
        const box = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll("text")].map((t) => t.getBoundingClientRect());
        const bars = [...svg.querySelectorAll("rect")].map((r) => r.getBoundingClientRect());
        const caption = document.querySelector(".chart-data caption").getBoundingClientRect();
        return {
          smallest: Math.min(...texts.map((t) => t.height)),
          outside: texts.filter((t) => t.left < box.left - 1 || t.right > box.right + 1).length,
          firstBar: bars.length ? { left: bars[0].left - box.left, right: box.right - bars[0].right } : null,
          caption: caption.right <= document.documentElement.clientWidth + 1 && caption.left >= -1,
        };
      });
      if (seen.smallest < 14) problems.push(`${pagePath}: chart text ${seen.smallest}px tall`);
      if (seen.outside) problems.push(`${pagePath}: ${seen.outside} chart labels outside the chart`);
      if (!seen.caption) problems.push(`${pagePath}: the table's caption is cut off`);
      const rtl = pagePath.startsWith("/ur/");
      const start = rtl ? seen.firstBar.right : seen.firstBar.left;
      if (start > 1) problems.push(`${pagePath}: the bars do not start at the ${rtl ? "right" : "left"}: ${JSON.stringify(seen.firstBar)}`);
    }
    await context.close();
    const wide = await newPage(env, { width: 1280, height: 900 });
    await wide.page.goto(env.base + "/recommendations/");
    const lead = await wide.page.evaluate(() => {
      const p = document.querySelector("main .lead");
      return p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize);
    });
    await wide.context.close();
    if (lead > 40) problems.push(`the tracker's introduction is ${lead.toFixed(0)}em wide`);
    assert(problems.length === 0, problems.join("\n"));
  },
};

const forcedColours = {
  name: "status tags and the overdue flag keep a visible frame where colours are forced",
  async run(env) {
    const { context, page } = await newPage(env, { width: 1280, height: 900 });
    await page.emulateMedia({ forcedColors: "active" });
    await page.goto(env.base + "/recommendations/");
    const frames = await page.evaluate(() =>
      [".status-tag", ".overdue-flag", ".rec-overdue"].map((sel) => {
        const el = document.querySelector(sel);
        if (!el) return [sel, "absent"];
        const style = getComputedStyle(el);
        return [sel, Math.max(parseFloat(style.borderTopWidth), parseFloat(style.borderInlineStartWidth))];
      }),
    );
    await context.close();
    const thin = frames.filter(([, width]) => width === "absent" || width < 2);
    assert(thin.length === 0, `no frame in forced colours: ${JSON.stringify(thin)}`);
  },
};

const urduOnPaper = {
  name: "the Urdu leaflet prints on as many pages as the English one, its phone numbers left to right",
  async run(env) {
    const { context, page } = await newPage(env);
    const pages = {};
    for (const pagePath of ["/information-for-parents/", "/ur/information-for-parents/"]) {
      await page.goto(env.base + pagePath);
      const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
      pages[pagePath] = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    }
    const numbers = await page.evaluate(() =>
      [...document.querySelectorAll("main .prose p")]
        .filter((p) => /\d{5} \d{6}/.test(p.textContent))
        .map((p) => [...p.querySelectorAll("span[dir='ltr']")].some((s) => /\d{5} \d{6}/.test(s.textContent))),
    );
    const underline = await page.evaluate(() => {
      const a = document.querySelector("main .prose a") ?? document.querySelector("main a");
      const style = getComputedStyle(a);
      return parseFloat(style.textUnderlineOffset) / parseFloat(style.fontSize);
    });
    await context.close();
    assert(pages["/ur/information-for-parents/"] <= pages["/information-for-parents/"], `printed pages: ${JSON.stringify(pages)}`);
    assert(numbers.length > 0 && numbers.every(Boolean), `phone numbers not isolated left to right: ${JSON.stringify(numbers)}`);
    assert(underline >= 0.3, `the underline cuts through Nastaliq: offset ${underline}em`);
  },
};

const arabicFallback = {
  name: "an Arabic page keeps English text apart: the fallback body runs left to right, the interface right to left, each in its own typeface",
  async run(env) {
    const { context, page } = await newPage(env, { width: 320, height: 640 });
    await page.goto(env.base + "/ar/reviews/child-d/");
    const seen = await page.evaluate(() => {
      const style = (sel) => {
        const el = document.querySelector(sel);
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return { dir: s.direction, align: s.textAlign, font: s.fontFamily, left: r.left, right: r.right };
      };
      return {
        notice: style(".fallback-notice p"),
        title: style("main h1"),
        skip: style(".skip-link"),
        width: document.documentElement.clientWidth,
      };
    });
    equal(seen.notice.dir, "rtl", "the fallback notice's direction");
    equal(seen.title.dir, "ltr", "the English title's direction");
    assert(/Naskh/.test(seen.notice.font), `Arabic text asks for a Naskh face: ${seen.notice.font}`);
    assert(!/Naskh|Nastaliq/.test(seen.title.font), `English text asks for a Latin face: ${seen.title.font}`);
    // The face Chromium actually drew the notice with.
    const cdp = await context.newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument");
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: ".fallback-notice p" });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    const used = fonts.map((f) => f.familyName).join(", ");
    assert(/Naskh|Arabic/.test(used), `the Arabic notice is drawn in: ${used}`);
    await page.goto(env.base + "/ar/");
    const links = await page.$$eval(".languages a", (as) => as.map((a) => `${a.lang}:${a.textContent.trim()}`));
    equal(links.join(" "), "en-GB:English cy:Cymraeg ar:العربية pl:Polski ur:اردو", "each language named in itself");
    await context.close();
  },
};

// The e-mail editions, opened as a mail program's browser pane shows them:
// one column at most 600 px wide that narrows to a 320 px phone without
// sideways scrolling, with text still at least 15 px, dark when the reader's
// system is, and every address absolute.
const EDITIONS = ["/newsletters/autumn-2026/email.html", "/briefings/safer-sleep/email.html"];

const emailEdition = {
  name: "e-mail editions are one column of at most 600 px that reflows at 320 px and darkens in dark mode",
  async run(env) {
    const problems = [];
    const built = EDITIONS.filter((p) => existsSync(path.join(env.folder, p.slice(1))));
    assert(built.length > 0, `no e-mail edition was built: ${EDITIONS.join(" ")}`);
    for (const width of [600, 320]) {
      for (const scheme of ["light", "dark"]) {
        const { context, page } = await newPage(env, { width, height: 800 }, { colorScheme: scheme });
        for (const edition of built) {
          await page.goto(env.base + edition);
          const seen = await page.evaluate(() => {
            const root = document.documentElement;
            const card = document.querySelector("table.e-card");
            const smallest = Math.min(
              ...[...card.querySelectorAll("p, li")].map((el) => parseFloat(getComputedStyle(el).fontSize)),
            );
            const relative = [...document.querySelectorAll("[href], [src]")]
              .map((el) => el.getAttribute("href") ?? el.getAttribute("src"))
              .filter((a) => !/^(https:\/\/|mailto:|tel:)/.test(a));
            return {
              scroll: root.scrollWidth,
              client: root.clientWidth,
              card: card.getBoundingClientRect().width,
              background: getComputedStyle(card).backgroundColor,
              smallest,
              relative,
            };
          });
          const where = `${edition} at ${width} px (${scheme})`;
          if (seen.scroll > seen.client) problems.push(`${where} is ${seen.scroll} px wide`);
          if (seen.card > 600) problems.push(`${where}: the column is ${seen.card} px wide`);
          if (seen.smallest < 15) problems.push(`${where}: text of ${seen.smallest} px`);
          if (seen.relative.length) problems.push(`${where}: relative addresses ${seen.relative.join(" ")}`);
          const light = seen.background.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
          if ((scheme === "dark") !== light < 128) problems.push(`${where}: the column is ${seen.background}`);
        }
        await context.close();
      }
    }
    assert(problems.length === 0, problems.join("\n"));
  },
};

export const TESTS = [
  reflow,
  skipLink,
  shiftThreeTimes,
  pressesInLanguage,
  clickReplaces,
  noScript,
  stickyExit,
  rightToLeft,
  arabicFallback,
  print,
  consistentHelp,
  targetSize,
  darkMode,
  firstScreen,
  concernInFooter,
  zoomedExit,
  phoneTapTargets,
  trackerOnAPhone,
  forcedColours,
  urduOnPaper,
  emailEdition,
];

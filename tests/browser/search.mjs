// Browser tests of search, on the fixture site tests/fixtures/search
// (English, Polish, Arabic and German, with untranslated pages): a reader
// types a query and the page they want is the first result.
//
//   node tests/browser/run.mjs target/search-site search
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { assert, equal, newPage } from "./support.mjs";

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Types `query` into the search page at `path`; resolves to the results. */
async function search(page, env, path, query) {
  if (!page.url().endsWith(path)) {
    await page.goto(env.base + path);
  }
  await page.fill("#search-input", "");
  await page.waitForFunction(() => document.getElementById("search-status").textContent === "");
  await page.type("#search-input", query, { delay: 15 });
  await page.waitForFunction(
    (q) => {
      const status = document.getElementById("search-status").textContent;
      return status !== "" && status.includes(q);
    },
    query,
    { timeout: 5000 },
  );
  return page.evaluate(() => ({
    status: document.getElementById("search-status").textContent,
    urls: [...document.querySelectorAll(".search-result-title a")].map((a) => a.getAttribute("href")),
    marks: [...document.querySelectorAll(".search-result mark")].map((m) => m.textContent),
  }));
}

/** Runs each [query, expected first result] on the search page at `path`. */
async function firstResults(env, path, cases) {
  const { context, page, external, errors } = await newPage(env, { width: 360, height: 740 });
  const notes = [];
  for (const [query, expected] of cases) {
    const found = await search(page, env, path, query);
    equal(found.urls[0], expected, `first result for "${query}" on ${path} (status "${found.status}")`);
    assert(found.marks.length > 0, `nothing is marked in the results for "${query}"`);
    notes.push(`${query} → ${found.urls.length}`);
  }
  assert(page.url() === env.base + path, `the query reached the address: ${page.url()}`);
  await context.close();
  assert(external.length === 0, `requests to other hosts: ${external.join(", ")}`);
  assert(errors.length === 0, `console errors: ${errors.join(" | ")}`);
  return { note: notes.join(", ") };
}

export const SEARCH_TESTS = [
  {
    name: "the script reads words, forms, keys and shards exactly as the build does, in every script",
    async run(env) {
      const script = readFileSync(path.join(env.folder, "search.js"), "utf8");
      const part = script.slice(script.indexOf("// words: begin"), script.indexOf("// words: end"));
      assert(part.includes("function fold"), "search.js has no marked words part");
      const cases = JSON.parse(readFileSync(path.join(repository, "tests/fixtures/search-words.json"), "utf8"));
      const { context, page } = await newPage(env);
      await page.goto("about:blank");
      const read = await page.evaluate(
        ([source, texts]) => {
          const made = new Function(`${source}; return { words, fold, key, bucket };`)();
          return texts.map((text) => {
            const found = made.words(text).map((w) => w.text);
            const forms = found.map(made.fold);
            return { words: found, forms, keys: forms.map(made.key), shards: forms.map((f) => made.bucket(f, 2048)) };
          });
        },
        [part, cases.map((c) => c.text)],
      );
      cases.forEach((expected, n) => {
        for (const field of ["words", "forms", "keys", "shards"]) {
          equal(JSON.stringify(read[n][field]), JSON.stringify(expected[field]), `${field} of "${expected.text}"`);
        }
      });
      await context.close();
      return { note: `${cases.length} texts` };
    },
  },
  {
    name: "search in English finds the page first: whole words, other forms and prefixes as you type",
    run: (env) =>
      firstResults(env, "/search/", [
        ["review meeting", "/leaflets/review-meeting/"],
        ["Meetings", "/leaflets/review-meeting/"],
        ["bruis", "/leaflets/bruising/"],
        ["was not brought", "/briefings/was-not-brought/"],
        ["CSPR 2025", "/reviews/child-q/"],
      ]),
  },
  {
    name: "search in Polish finds Polish pages by another form of the word, with or without diacritics",
    async run(env) {
      const result = await firstResults(env, "/pl/search/", [
        ["spotkania", "/pl/leaflets/review-meeting/"],
        ["ZANIEDBANIE", "/pl/leaflets/bruising/"],
        ["siniakow", "/pl/leaflets/bruising/"],
        ["lodz", "/pl/leaflets/bruising/"],
        ["łóżeczko", "/pl/leaflets/bruising/"],
      ]);
      // An untranslated page is found in English, where its text is, not
      // under Polish.
      const { context, page } = await newPage(env);
      const found = await search(page, env, "/pl/search/", "lullaby");
      equal(found.urls.length, 0, "Polish results for an English-only page");
      await context.close();
      return result;
    },
  },
  {
    name: "search in Arabic runs right to left and joins the ways a word is written",
    async run(env) {
      const result = await firstResults(env, "/ar/search/", [
        ["الكدمات", "/ar/leaflets/bruising/"],
        ["كدمه", "/ar/leaflets/bruising/"],
        ["اساءة", "/ar/leaflets/bruising/"],
        ["اجتماع", "/ar/leaflets/review-meeting/"],
      ]);
      const { context, page } = await newPage(env, { width: 360, height: 740 });
      await search(page, env, "/ar/search/", "الكدمات");
      const layout = await page.evaluate(() => {
        const input = document.getElementById("search-input").getBoundingClientRect();
        const button = document.querySelector(".search-button").getBoundingClientRect();
        return {
          dir: getComputedStyle(document.getElementById("search-results")).direction,
          buttonLeftOfInput: button.right <= input.left + 1,
        };
      });
      equal(layout.dir, "rtl", "direction of the Arabic results");
      assert(layout.buttonLeftOfInput, "the search button is not on the left of the field in Arabic");
      await context.close();
      return result;
    },
  },
  {
    name: "search in a language Lantern ships no text for (German) still finds its pages",
    run: (env) => firstResults(env, "/de/search/", [["überprüfung", "/de/leaflets/review-meeting/"]]),
  },
  {
    name: "a query with no match says so, in the page's language, through the live region",
    async run(env) {
      const { context, page } = await newPage(env);
      for (const [path, query] of [["/search/", "xylophone"], ["/pl/search/", "ksylofon"], ["/ar/search/", "زيلوفون"]]) {
        const found = await search(page, env, path, query);
        equal(found.urls.length, 0, `results for "${query}"`);
        const none = await page.getAttribute("#search-form", "data-none");
        equal(found.status, none.replace("{query}", query), `the status for "${query}" on ${path}`);
        equal(await page.getAttribute("#search-status", "role"), "status", "the status's role");
      }
      await context.close();
    },
  },
  {
    name: "the count of results is announced with the language's plural form",
    async run(env) {
      const { context, page } = await newPage(env);
      const english = await search(page, env, "/search/", "bruising");
      assert(/^\d+ pages? found for/.test(english.status), `English status: ${english.status}`);
      const polish = await search(page, env, "/pl/search/", "spotkanie");
      const rules = new Intl.PluralRules("pl");
      const category = rules.select(polish.urls.length);
      const text = await page.getAttribute("#search-form", `data-results-${category}`);
      equal(polish.status, text.replace("{count}", String(polish.urls.length)).replace("{query}", "spotkanie"), "Polish status");
      await context.close();
    },
  },
  {
    name: "search works from the keyboard alone, and the query never enters the address or the history",
    async run(env) {
      const { context, page } = await newPage(env);
      await page.goto(env.base + "/");
      await page.goto(env.base + "/search/");
      const before = await page.evaluate(() => history.length);
      await page.focus("#search-input");
      await page.keyboard.type("meeting");
      await page.keyboard.press("Enter");
      await page.waitForSelector(".search-result-title a");
      equal(page.url(), env.base + "/search/", "the address after Enter");
      equal(await page.evaluate(() => history.length), before, "history entries after searching");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => document.activeElement.closest(".search-result, .search-a-z-link")?.className ?? document.activeElement.className);
      assert(/search-result/.test(focused), `Tab after the button does not reach a result: ${focused}`);
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/leaflets\/review-meeting\/$/);
      await context.close();
    },
  },
  {
    name: "the quick exit leaves the search page and Back does not bring the query back",
    async run(env) {
      const { context, page } = await newPage(env);
      const href = await (async () => {
        await page.goto(env.base + "/search/");
        return page.getAttribute("#quick-exit", "href");
      })();
      env.exitHost = new URL(href).host;
      await search(page, env, "/search/", "bruising");
      await page.click("#quick-exit");
      await page.waitForURL(href);
      await page.goBack();
      const url = page.url();
      assert(!url.includes("bruising"), `Back returned to the query: ${url}`);
      if (url.startsWith(env.base + "/search/")) {
        equal(await page.inputValue("#search-input"), "", "the search field after Back");
      }
      await context.close();
    },
  },
  {
    name: "without JavaScript the search page offers every page from A to Z, stand-ins marked with their language",
    async run(env) {
      const { context, page } = await newPage(env, { width: 320, height: 640 }, { javaScriptEnabled: false });
      await page.goto(env.base + "/pl/search/");
      assert(!(await page.isVisible("#search-form")), "the search form shows without JavaScript");
      assert(await page.isVisible("#search-no-script"), "the no-script message is hidden");
      await page.click(".search-a-z-link a");
      await page.waitForURL(/\/pl\/search\/a-z\/$/);
      const links = await page.evaluate(() =>
        [...document.querySelectorAll(".a-z-pages a")].map((a) => [a.getAttribute("href"), a.getAttribute("lang")]),
      );
      const urls = links.map((l) => l[0]);
      for (const url of ["/pl/leaflets/bruising/", "/pl/leaflets/review-meeting/", "/pl/leaflets/safe-sleep/"]) {
        assert(urls.includes(url), `the A–Z page does not list ${url}: ${urls.join(" ")}`);
      }
      const standIn = links.find((l) => l[0] === "/pl/leaflets/safe-sleep/");
      equal(standIn[1], "en-GB", "the lang of an untranslated page's title");
      await context.close();
      return { note: `${links.length} pages` };
    },
  },
  {
    name: "the search page reflows at 320 CSS px and at 400 % zoom, with results",
    async run(env) {
      const wide = [];
      for (const [viewport, scale] of [[{ width: 320, height: 640 }, 1], [{ width: 1280, height: 800 }, 4]]) {
        const { context, page } = await newPage(env, viewport, { deviceScaleFactor: scale });
        await page.goto(env.base + "/ar/search/");
        if (scale > 1) {
          await page.evaluate(() => {
            document.documentElement.style.zoom = "4";
          });
        }
        await search(page, env, "/ar/search/", "الكدمات");
        const overflow = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (overflow.scroll > overflow.client) {
          wide.push(`${viewport.width}px ×${scale}: ${overflow.scroll} > ${overflow.client}`);
        }
        await context.close();
      }
      assert(wide.length === 0, wide.join("\n"));
    },
  },
];

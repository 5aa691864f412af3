// Shared helpers: a fresh browser context per test in which nothing can
// leave the machine (every request to another host is answered locally or
// refused, and recorded), and plain assertions.

/** The page that stands in for the quick exit's destination. */
export const EXIT_PAGE = "<!DOCTYPE html><html lang=en><title>Weather</title><h1>Weather</h1>";

/**
 * A new context and page. Requests to any host but the local server are
 * recorded in `external`; the quick exit's host gets `EXIT_PAGE`, the rest
 * are refused.
 */
export async function newPage(env, viewport = { width: 1280, height: 800 }, options = {}) {
  const context = await env.browser.newContext({ viewport, ...options });
  const local = new URL(env.base).host;
  const external = [];
  await context.route(
    (url) => url.host !== local,
    (route) => {
      const url = route.request().url();
      external.push(url);
      if (env.exitHost && new URL(url).host === env.exitHost) {
        return route.fulfill({ status: 200, contentType: "text/html", body: EXIT_PAGE });
      }
      return route.abort("blockedbyclient");
    },
  );
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") {
      errors.push(message.text());
    }
  });
  return { context, page, external, errors };
}

/** Throws `message` unless `condition` holds. */
export function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** Throws unless `actual` equals `expected`. */
export function equal(actual, expected, what) {
  if (actual !== expected) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

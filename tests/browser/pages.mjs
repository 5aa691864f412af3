// The page types of the example site that the browser tests visit and
// photograph: one real page of each kind the default theme lays out.
export const PAGE_TYPES = [
  { name: "home", path: "/" },
  { name: "leaflet", path: "/information-for-parents/" },
  { name: "section", path: "/reviews/" },
  { name: "review", path: "/reviews/child-d/" },
  { name: "recommendations", path: "/recommendations/" },
  { name: "briefing", path: "/briefings/safer-sleep/" },
  { name: "newsletter", path: "/newsletters/autumn-2026/" },
  { name: "training", path: "/training/safer-sleep-awareness/" },
  { name: "training-list", path: "/training/" },
  { name: "theme", path: "/themes/neglect/" },
  { name: "contact", path: "/contact/" },
  { name: "accessibility", path: "/accessibility/" },
  { name: "staying-safe-online", path: "/staying-safe-online/" },
  { name: "not-found", path: "/404.html" },
  { name: "search", path: "/search/" },
  { name: "a-z", path: "/search/a-z/" },
  { name: "ar-search", path: "/ar/search/" },
  { name: "pl-leaflet", path: "/pl/information-for-parents/" },
  { name: "cy-home", path: "/cy/" },
  { name: "cy-leaflet", path: "/cy/information-for-parents/" },
  { name: "ar-home", path: "/ar/" },
  { name: "ar-review", path: "/ar/reviews/child-d/" },
  { name: "ar-recommendations", path: "/ar/recommendations/" },
  { name: "ur-home", path: "/ur/" },
  { name: "ur-leaflet", path: "/ur/information-for-parents/" },
  { name: "ur-review", path: "/ur/reviews/child-d/" },
];

/** The file a page path is served from, relative to the site folder. */
export function fileOf(pagePath) {
  return pagePath.endsWith("/") ? `${pagePath.slice(1)}index.html` : pagePath.slice(1);
}

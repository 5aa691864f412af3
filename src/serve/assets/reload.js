// Lantern's live reload, added by `lantern serve` only (never by `lantern
// build`). Reloads the page after a rebuild that changed it, keeping the
// scroll position; reloads only the stylesheets after a CSS change; shows
// the errors over the page when a save breaks the site.
(function () {
  "use strict";
  var scrollKey = "lantern-scroll:" + location.pathname;
  var saved = null;
  try {
    saved = sessionStorage.getItem(scrollKey);
    sessionStorage.removeItem(scrollKey);
  } catch (e) {}
  if (saved !== null) {
    var restore = function () { window.scrollTo(0, Number(saved) || 0); };
    if (document.readyState === "complete") { restore(); } else { window.addEventListener("load", restore); }
  }

  function reload() {
    try { sessionStorage.setItem(scrollKey, String(window.scrollY)); } catch (e) {}
    location.reload();
  }

  // This page's file in the output folder: "/a/b/" is "a/b/index.html".
  function ownFile() {
    var path = decodeURIComponent(location.pathname).replace(/^\/+/, "");
    return path === "" || path.slice(-1) === "/" ? path + "index.html" : path;
  }

  function reloadStylesheets() {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var url = new URL(links[i].href, location.href);
      url.searchParams.set("lantern", String(Date.now()));
      links[i].href = url.pathname + url.search;
    }
  }

  function isCss(path) { return /\.css$/i.test(path); }
  // Files other than pages and their stylesheets: images, scripts, fonts…
  function isAsset(path) { return !/\.(html|css|xml|txt|ics|vcf)$/i.test(path); }

  var overlay = null;
  function hideOverlay() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  function showOverlay(data) {
    if (!document.getElementById("lantern-overlay-style")) {
      var style = document.createElement("link");
      style.id = "lantern-overlay-style";
      style.rel = "stylesheet";
      style.href = "/__lantern/overlay.css";
      document.head.appendChild(style);
    }
    hideOverlay();
    overlay = document.createElement("div");
    overlay.id = "lantern-overlay";
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("aria-labelledby", "lantern-overlay-title");
    var title = document.createElement("h2");
    title.id = "lantern-overlay-title";
    title.textContent = data.errors === 1
      ? "The site has 1 error and was not rebuilt"
      : "The site has " + data.errors + " errors and was not rebuilt";
    var note = document.createElement("p");
    note.textContent = "You are seeing the last good version. Fix the file and save: this message goes away by itself.";
    var report = document.createElement("pre");
    report.textContent = data.report;
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide this message";
    close.addEventListener("click", hideOverlay);
    overlay.appendChild(title);
    overlay.appendChild(note);
    overlay.appendChild(report);
    overlay.appendChild(close);
    (document.body || document.documentElement).appendChild(overlay);
  }

  if (!window.EventSource) { return; }
  var source = new EventSource("/__lantern/events");
  source.addEventListener("reload", function (event) {
    var data = JSON.parse(event.data);
    var own = ownFile();
    var paths = data.paths || [];
    if (data.all || paths.indexOf(own) >= 0 || paths.some(isAsset)) {
      reload();
    } else if (paths.some(isCss)) {
      reloadStylesheets();
    }
  });
  source.addEventListener("build-error", function (event) { showOverlay(JSON.parse(event.data)); });
  source.addEventListener("build-ok", hideOverlay);
})();

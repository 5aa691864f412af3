// "Leave this site": replace this page in the history so Back does not
// return, blank it at once, and let three presses of Shift do the same.
(function () {
  "use strict";
  var link = document.getElementById("quick-exit");
  var status = document.getElementById("quick-exit-status");
  if (!link) { return; }
  var target = link.href;
  var presses = 0;
  var timer = null;
  var template = link.getAttribute("data-press") || "";
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.documentElement.style.visibility = "hidden";
    document.title = "";
    window.location.replace(target);
  }
  link.addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift" || event.repeat) { return; }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(function () { presses = 0; if (status) { status.textContent = ""; } }, 5000);
    if (presses >= 3) { leave(); return; }
    if (status && template) { status.textContent = template.replace("{n}", String(3 - presses)); }
  });
  window.addEventListener("pageshow", function () {
    document.documentElement.style.visibility = "";
    presses = 0;
  });
}());

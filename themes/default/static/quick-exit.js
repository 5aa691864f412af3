// "Leave this site". Without JavaScript the button is a plain link to the
// quick exit page. With it, leaving also replaces this page in the history
// (so Back does not return here) and blanks the page at once; pressing Shift
// three times in a row does the same. Each press is announced in the
// reader's language, from the button's data-press-N attributes, and the
// count starts again after five seconds or any other key.
(function () {
  "use strict";
  var PRESSES = 3;
  var RESET_AFTER = 5000;
  var link = document.getElementById("quick-exit");
  var status = document.getElementById("quick-exit-status");
  if (!link || !link.href) {
    return;
  }
  var title = document.title;
  var presses = 0;
  var timer = null;

  function announce(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function reset() {
    presses = 0;
    clearTimeout(timer);
    timer = null;
    announce("");
  }

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    reset();
    document.body.hidden = true;
    document.documentElement.classList.add("leaving");
    document.title = "";
    window.location.replace(link.href);
  }

  link.addEventListener("click", function (event) {
    // Let a modified click (new tab, new window) do what the reader asked.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    leave(event);
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      if (presses > 0) {
        reset();
      }
      return;
    }
    if (event.repeat) {
      return;
    }
    presses += 1;
    clearTimeout(timer);
    if (presses >= PRESSES) {
      leave();
      return;
    }
    timer = setTimeout(reset, RESET_AFTER);
    announce(link.getAttribute("data-press-" + (PRESSES - presses)) || "");
  });

  // Back (or the back-forward cache) brings the page back: show it normally.
  window.addEventListener("pageshow", function () {
    document.body.hidden = false;
    document.documentElement.classList.remove("leaving");
    document.title = title;
    reset();
  });
}());

// Search on this site, in the page's language, with no request to any
// other host. `lantern build` writes the index beside this page: shards of
// words (each word with its stem groups, each group with the pages that
// have a word of it and how much) and one small entry per page with what
// its result shows. A query reads the shards of its words and the entries
// of the first results only.
//
// A word is read here exactly as the build reads it
// (src/generate/search/words.rs): the two must change together, and a
// test runs both on the same words.
//
// The query is never put in the address, so it is not kept in the
// browser's history, and the quick exit leaves nothing of it behind.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var noScript = document.getElementById("search-no-script");
  if (!form || !input || !status || !list || !window.fetch || !window.TextEncoder) {
    return;
  }

  // words: begin (how a word is read; tests/browser/search.mjs runs this
  // part on its own against tests/fixtures/search-words.json)
  var WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{N}\p{M}]+)*/gu;
  var FOLDS = {
    "\u0142": "l", "\u0111": "d", "\u00f8": "o", "\u00e6": "ae", "\u0153": "oe",
    "\u00df": "ss", "\u0131": "i", "\u03c2": "\u03c3", "\u0671": "\u0627",
    "\u0629": "\u0647", "\u0649": "\u064a", "\u06cc": "\u064a", "\u06a9": "\u0643"
  };
  var DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6];
  var encoder = new TextEncoder();

  function isDropped(code) {
    return (code >= 0x300 && code <= 0x36f) || (code >= 0x483 && code <= 0x489) ||
      (code >= 0x64b && code <= 0x65f) || code === 0x670 ||
      (code >= 0x6d6 && code <= 0x6ed) || code === 0x640 || code === 0x27 || code === 0x2019;
  }

  function isIdeograph(code) {
    return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0x20000 && code <= 0x2ffff);
  }

  // A word's form: lower case, decomposed, without accents, vowel marks,
  // tatweel or apostrophes, with the letters typed either way made one.
  function fold(word) {
    var out = "";
    for (var c of word.toLowerCase().normalize("NFKD")) {
      var code = c.codePointAt(0);
      if (isDropped(code)) {
        continue;
      }
      if (Object.prototype.hasOwnProperty.call(FOLDS, c)) {
        out += FOLDS[c];
        continue;
      }
      var digit = -1;
      for (var i = 0; i < DIGIT_ZEROS.length; i++) {
        if (code >= DIGIT_ZEROS[i] && code < DIGIT_ZEROS[i] + 10) {
          digit = code - DIGIT_ZEROS[i];
        }
      }
      out += digit >= 0 ? String(digit) : c;
    }
    return out;
  }

  // The words of `text`, each with where it starts and ends; a Chinese or
  // Japanese character is a word of its own.
  function words(text) {
    var found = [];
    WORD.lastIndex = 0;
    var match;
    while ((match = WORD.exec(text)) !== null) {
      var word = match[0];
      var at = match.index;
      var start = 0;
      var offset = 0;
      for (var c of word) {
        if (isIdeograph(c.codePointAt(0))) {
          if (start < offset) {
            found.push({ text: word.slice(start, offset), start: at + start, end: at + offset });
          }
          found.push({ text: c, start: at + offset, end: at + offset + c.length });
          start = offset + c.length;
        }
        offset += c.length;
      }
      if (start < word.length) {
        found.push({ text: word.slice(start), start: at + start, end: at + word.length });
      }
    }
    return found;
  }

  // The first one or two characters of a form: its shard's key.
  function key(form) {
    return Array.from(form).slice(0, 2).join("");
  }

  // The shard of `form`, of `count` (a power of two): FNV-1a of its key's
  // UTF-8, as the build computes it.
  function bucket(form, count) {
    var hash = 0x811c9dc5;
    var bytes = encoder.encode(key(form));
    for (var i = 0; i < bytes.length; i++) {
      hash = Math.imul(hash ^ bytes[i], 0x01000193) >>> 0;
    }
    return hash & (count - 1);
  }
  // words: end

  var ENDS_IN_WORD = /[\p{L}\p{N}\p{M}]$/u;
  var MAX_RESULTS = 10;
  var SNIPPET_WORDS = 30;
  var WAIT = 60;

  var index = form.getAttribute("data-index");
  var shardCount = Number(form.getAttribute("data-shards"));
  var pageCount = Number(form.getAttribute("data-pages"));
  var perFile = Number(form.getAttribute("data-per-file"));
  var version = form.getAttribute("data-version");
  var lang = document.documentElement.lang;
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  var numbers = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(lang) : null;
  var fetched = {};
  var latest = 0;
  var timer = null;

  function load(path) {
    var url = index + path + "?v=" + version;
    if (!fetched[url]) {
      fetched[url] = fetch(url, { credentials: "same-origin" }).then(function (response) {
        if (!response.ok) {
          throw new Error(response.status + " " + url);
        }
        return response.json();
      });
      fetched[url].catch(function () {
        delete fetched[url];
      });
    }
    return fetched[url];
  }

  // The pages that have a word of each term, best first, and the forms
  // that matched (to mark in the results).
  function find(terms, shards) {
    var marked = {};
    var scores = null;
    terms.forEach(function (term, n) {
      var shard = shards[n];
      var groups = {};
      var any = false;
      function match(start, weight) {
        Object.keys(shard.w).forEach(function (form) {
          var exact = form === start;
          if (exact || ((term.prefix || start !== term.form) && form.lastIndexOf(start, 0) === 0)) {
            any = true;
            shard.w[form].forEach(function (g) {
              groups[g] = Math.max(groups[g] || 0, exact ? weight : weight * 0.8);
            });
          }
        });
      }
      match(term.form, 1);
      // A form no page has ("siniaków", "كدمه"): its start, up to three
      // characters shorter and at least three long, finds the word in
      // the forms pages have ("siniaki", "كدمات").
      var letters = Array.from(term.form);
      for (var cut = 1; !any && cut <= 3 && letters.length - cut >= 3; cut++) {
        match(letters.slice(0, letters.length - cut).join(""), 0.6);
      }
      Object.keys(shard.w).forEach(function (form) {
        if (shard.w[form].some(function (g) { return groups[g]; })) {
          marked[form] = true;
        }
      });
      var best = {};
      Object.keys(groups).forEach(function (g) {
        var postings = shard.g[g];
        var idf = Math.log(1 + pageCount / Math.max(1, postings.length / 2));
        var page = 0;
        for (var i = 0; i < postings.length; i += 2) {
          page += postings[i];
          var score = postings[i + 1] * idf * groups[g];
          if (!best[page] || best[page] < score) {
            best[page] = score;
          }
        }
      });
      if (scores === null) {
        scores = best;
        return;
      }
      var both = {};
      Object.keys(scores).forEach(function (page) {
        if (best[page]) {
          both[page] = scores[page] + best[page];
        }
      });
      scores = both;
    });
    var pages = Object.keys(scores || {}).map(Number);
    pages.sort(function (a, b) {
      return scores[b] - scores[a] || a - b;
    });
    return { pages: pages, marked: marked };
  }

  function isMarked(word, terms, marked) {
    var form = fold(word);
    return marked[form] || terms.some(function (term) {
      return term.prefix ? form.lastIndexOf(term.form, 0) === 0 : form === term.form;
    });
  }

  // `text` into `parent`, the matched words in <mark>.
  function mark(parent, text, terms, marked) {
    var at = 0;
    words(text).forEach(function (word) {
      if (isMarked(word.text, terms, marked)) {
        parent.appendChild(document.createTextNode(text.slice(at, word.start)));
        var m = document.createElement("mark");
        m.textContent = text.slice(word.start, word.end);
        parent.appendChild(m);
        at = word.end;
      }
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  // Some thirty words of the page around its first match.
  function snippet(entry, terms, marked) {
    var text = entry.x || entry.s || "";
    var all = words(text);
    var first = 0;
    for (var i = 0; i < all.length; i++) {
      if (isMarked(all[i].text, terms, marked)) {
        first = i;
        break;
      }
    }
    var from = Math.max(0, Math.min(first - 8, all.length - SNIPPET_WORDS));
    var to = Math.min(all.length, from + SNIPPET_WORDS);
    if (!all.length) {
      return text;
    }
    var start = from === 0 ? 0 : all[from].start;
    var end = to === all.length ? text.length : all[to - 1].end;
    return (from > 0 ? "\u2026 " : "") + text.slice(start, end) + (to < all.length ? " \u2026" : "");
  }

  function result(entry, terms, marked) {
    var item = document.createElement("li");
    item.className = "search-result";
    var heading = document.createElement("h2");
    heading.className = "search-result-title";
    var link = document.createElement("a");
    link.href = entry.u;
    mark(link, entry.t, terms, marked);
    heading.appendChild(link);
    item.appendChild(heading);
    var meta = document.createElement("p");
    meta.className = "search-result-meta";
    mark(meta, [entry.k, entry.r, entry.d].filter(Boolean).join(" \u00b7 "), terms, marked);
    item.appendChild(meta);
    var text = snippet(entry, terms, marked);
    if (text) {
      var p = document.createElement("p");
      p.className = "search-result-snippet";
      mark(p, text, terms, marked);
      item.appendChild(p);
    }
    return item;
  }

  function say(text) {
    status.textContent = text;
  }

  function message(name, query, count) {
    var text = null;
    if (count !== undefined) {
      var category = plurals ? plurals.select(count) : "other";
      text = form.getAttribute("data-results-" + category) || form.getAttribute("data-results-other");
    } else {
      text = form.getAttribute("data-" + name);
    }
    var shown = numbers && count !== undefined ? numbers.format(count) : String(count);
    return (text || "").replace("{count}", shown).replace("{query}", query);
  }

  function clear() {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
  }

  function run() {
    var query = input.value.trim();
    var asked = ++latest;
    var seen = {};
    var terms = words(query).map(function (word) {
      return fold(word.text);
    }).filter(function (form) {
      if (!form || seen[form]) {
        return false;
      }
      seen[form] = true;
      return true;
    }).map(function (form) {
      return { form: form, prefix: false };
    });
    if (!terms.length) {
      clear();
      say("");
      return;
    }
    var last = terms[terms.length - 1];
    var short = Array.from(last.form).length < 2 && !isIdeograph(last.form.codePointAt(0));
    last.prefix = ENDS_IN_WORD.test(input.value) && !short;
    if (terms.length === 1 && short) {
      clear();
      say(message("too-short", query));
      return;
    }
    Promise.all(terms.map(function (term) {
      return load("words/" + bucket(term.form, shardCount) + ".json");
    })).then(function (shards) {
      var found = find(terms, shards);
      return Promise.all(found.pages.slice(0, MAX_RESULTS).map(function (page) {
        return load("pages/" + Math.floor(page / perFile) + ".json").then(function (entries) {
          return entries[page % perFile];
        });
      })).then(function (entries) {
        if (asked !== latest) {
          return;
        }
        clear();
        entries.forEach(function (entry) {
          list.appendChild(result(entry, terms, found.marked));
        });
        say(found.pages.length ? message("results", query, found.pages.length) : message("none", query));
      });
    }).catch(function () {
      if (asked === latest) {
        clear();
        say(message("failed", query));
      }
    });
  }

  form.hidden = false;
  if (noScript) {
    noScript.hidden = true;
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, WAIT);
  });
}());

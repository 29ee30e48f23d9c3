// Rust or Go? embeds: sizes each widget's iframe to its content.
//
// Each widget posts { type: "rust-or-go:resize", widget, height } to its parent page whenever
// its height changes. This script checks the message's shape and sets the height of the one
// iframe whose window sent it (matched by event.source; no other iframe is touched). It works
// for several widgets on a page and for iframes added later, and does nothing if loaded twice.
// As it loads after widgets may already have reported, it asks every frame once to report
// again ({ type: "rust-or-go:measure" }; frames that are not widgets ignore it).
// No dependencies, no inline code, nothing stored.
(function () {
  "use strict";
  if (window.__rustOrGoEmbeds) {
    return;
  }
  window.__rustOrGoEmbeds = true;

  var WIDGETS = ["quiz", "salary", "jobs", "sentiment", "growth", "learning", "team"];
  var MIN_HEIGHT = 80;
  var MAX_HEIGHT = 20000;

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (
      !data ||
      typeof data !== "object" ||
      data.type !== "rust-or-go:resize" ||
      WIDGETS.indexOf(data.widget) < 0 ||
      typeof data.height !== "number" ||
      !(data.height >= MIN_HEIGHT && data.height <= MAX_HEIGHT)
    ) {
      return;
    }
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(data.height) + "px";
        return;
      }
    }
  });

  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) {
      frames[i].contentWindow.postMessage({ type: "rust-or-go:measure" }, "*");
    }
  }
})();

// Rust or Go? embeds: sizes each widget's iframe to its content.
//
// Each widget posts { type: "rust-or-go:resize", widget, height } to its parent page whenever
// its height changes. This script accepts only messages from the app's own origin (the origin
// it is served from), checks their shape, and sets the height of the one iframe whose window
// sent it (matched by event.source; no other iframe is touched, and a frame of another origin
// never is). It works for several widgets on a page and for iframes added later, and does
// nothing if loaded twice. As it loads after widgets may already have reported, it asks every
// frame once to report again ({ type: "rust-or-go:measure" }, addressed to the app's origin,
// so no other frame receives it). No dependencies, no inline code, nothing stored.
(function () {
  "use strict";
  if (window.__rustOrGoEmbeds) {
    return;
  }
  window.__rustOrGoEmbeds = true;

  // The app's origin: where this script comes from, as its widgets do.
  var script = document.currentScript;
  var APP_ORIGIN = new URL(script ? script.src : window.location.href).origin;

  var WIDGETS = ["quiz", "salary", "jobs", "sentiment", "growth", "learning", "team"];
  var MIN_HEIGHT = 80;
  var MAX_HEIGHT = 20000;

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (
      event.origin !== APP_ORIGIN ||
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

  // Whether a frame shows a page of the app's origin now (one still loading, or lazy and not
  // yet loaded, shows an empty page of the host's: it reports by itself once loaded).
  function showsApp(frame) {
    var win = frame.contentWindow;
    try {
      if (!win || new URL(frame.src).origin !== APP_ORIGIN) {
        return false;
      }
    } catch (error) {
      // No address, or one that is not a URL: not a widget.
      return false;
    }
    try {
      return new URL(win.location.href).origin === APP_ORIGIN;
    } catch (error) {
      // Not readable from here: a page of another origin than the host's, the app's.
      return true;
    }
  }

  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    if (showsApp(frames[i])) {
      frames[i].contentWindow.postMessage({ type: "rust-or-go:measure" }, APP_ORIGIN);
    }
  }
})();

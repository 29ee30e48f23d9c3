// Starts the app without inline script, so the page runs under a strict Content-Security-Policy.
// Trunk writes this tag with the hashed file names (see pattern_script in Trunk.toml):
//   <script src="boot.js" data-glue="./rust-or-go-<hash>.js" data-wasm="./rust-or-go-<hash>_bg.wasm"
//           data-embed-glue="./rust-or-go-embed-<hash>.js" data-embed-wasm="…">
// It runs in <head>, before the first paint, so a forced theme never flashes and an embed never
// shows the full page's header.
(function () {
  "use strict";
  var CHART_WIDGETS = ["salary", "jobs", "sentiment", "growth", "learning", "team"];
  var script = document.currentScript;
  var root = document.documentElement;
  var params = new URLSearchParams(window.location.search);

  var theme = params.get("theme");
  if (theme === "light" || theme === "dark") {
    root.setAttribute("data-theme", theme);
  }

  // ?embed=<widget>: the widget alone. Chart widgets load the smaller chart-embed build; the
  // quiz (and an unknown id, which gets a message) load the full app.
  var embed = params.get("embed");
  var build = "";
  if (embed !== null) {
    root.setAttribute("data-embed", "");
    if (CHART_WIDGETS.indexOf(embed) >= 0 && script.getAttribute("data-embed-glue").charAt(0) === ".") {
      build = "embed-";
    }
  }

  function showFailure() {
    var app = document.getElementById("app");
    if (app) {
      app.textContent = "The interactive page could not start in this browser. The figures above and the downloadable dataset still work.";
    }
  }

  // Both downloads start now, while the page is still being parsed.
  var glueUrl = new URL(script.getAttribute("data-" + build + "glue"), document.baseURI);
  var wasmUrl = new URL(script.getAttribute("data-" + build + "wasm"), document.baseURI);
  var glue = import(glueUrl.href);
  var wasm = fetch(wasmUrl.href);
  var domReady = new Promise(function (resolve) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", resolve, { once: true });
    } else {
      resolve();
    }
  });

  Promise.all([glue, domReady])
    .then(function (loaded) {
      return loaded[0].default({ module_or_path: wasm });
    })
    .catch(function (error) {
      showFailure();
      throw error;
    });
})();

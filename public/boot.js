// Starts the app without inline script, so the page runs under a strict Content-Security-Policy.
// Trunk writes this tag with the hashed file names (see pattern_script in Trunk.toml):
//   <script src="boot.js" data-glue="./rust-or-go-<hash>.js" data-wasm="./rust-or-go-<hash>_bg.wasm">
// It runs in <head>, before the first paint, so a forced theme never flashes.
(function () {
  "use strict";
  var script = document.currentScript;
  var root = document.documentElement;
  var params = new URLSearchParams(window.location.search);

  var theme = params.get("theme");
  if (theme === "light" || theme === "dark") {
    root.setAttribute("data-theme", theme);
  }

  function showFailure() {
    var app = document.getElementById("app");
    if (app) {
      app.textContent = "The interactive page could not start in this browser. The figures above and the downloadable dataset still work.";
    }
  }

  var glueUrl = new URL(script.getAttribute("data-glue"), document.baseURI);
  var wasmUrl = new URL(script.getAttribute("data-wasm"), document.baseURI);
  var glue = import(glueUrl.href);
  var domReady = new Promise(function (resolve) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", resolve, { once: true });
    } else {
      resolve();
    }
  });

  Promise.all([glue, domReady])
    .then(function (loaded) {
      return loaded[0].default({ module_or_path: wasmUrl });
    })
    .catch(function (error) {
      showFailure();
      throw error;
    });
})();

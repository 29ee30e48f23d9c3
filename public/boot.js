// Starts the app without inline script, so the page runs under a strict Content-Security-Policy.
// Trunk writes this tag with the hashed file names (see pattern_script in Trunk.toml):
//   <script src="boot.js" data-glue="./rust-or-go-<hash>.js" data-wasm="./rust-or-go-<hash>_bg.wasm"
//           data-embeds="salary ./rust-or-go-embed-plain-<hash>.js ./rust-or-go-embed-plain-<hash>_bg.wasm jobs …">
// (data-embeds: for each chart, its id and its chart-embed build's glue and wasm).
// It runs in <head>, before the first paint, so a forced theme never flashes and an embed never
// shows the full page's header. Outside embeds it also registers the service worker (offering
// updates) and shows when the reader is offline.
(function () {
  "use strict";
  var script = document.currentScript;
  var root = document.documentElement;
  // The app reads at most the first 4096 characters of the query (MAX_QUERY_LEN in src/url.rs);
  // read the same, so both agree on ?embed= and ?theme= however long a link is.
  var params = new URLSearchParams(window.location.search.slice(0, 1 + 4096));

  // Styles for a page where the app will run (see .js rules in the stylesheet).
  root.classList.add("js");

  var theme = params.get("theme");
  if (theme === "light" || theme === "dark") {
    root.setAttribute("data-theme", theme);
  }

  // ?embed=<widget>: the widget alone. A chart widget loads its chart-embed build, which has
  // the code of its own charts only; the quiz (and an unknown id, which gets a message) load
  // the full app.
  // Until the widget has painted, the static page shows the chart's picture in its place
  // (data-embed names it), unless the link asks for options of its own: the picture shows the
  // article's figures only.
  var embed = params.get("embed");
  var glue = script.getAttribute("data-glue");
  var wasm = script.getAttribute("data-wasm");
  if (embed !== null) {
    var options = false;
    params.forEach(function (value, key) {
      options = options || (key !== "embed" && key !== "theme");
    });
    root.setAttribute("data-embed", options ? "" : embed);
    // Only a chart's id, in the id's place of each triple, picks a build.
    var builds = (script.getAttribute("data-embeds") || "").split(" ");
    for (var i = 0; i + 2 < builds.length; i += 3) {
      if (builds[i] === embed) {
        glue = builds[i + 1];
        wasm = builds[i + 2];
      }
    }
  }

  // The app could not start (a blocked or broken download, a browser without WebAssembly): the
  // page keeps its static content as without JavaScript, each chart a picture over its table.
  function showFailure() {
    root.classList.remove("js");
    notice("notice-failure", "The interactive charts could not start in this browser. Each chart's table is under its picture.");
  }

  var glueUrl = new URL(glue, document.baseURI);
  var wasmUrl = new URL(wasm, document.baseURI);
  var domReady = new Promise(function (resolve) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", resolve, { once: true });
    } else {
      resolve();
    }
  });
  // The page is complete HTML, charts included: let it paint first, then load the app, so
  // its downloads never delay what the reader sees first. "Painted" is the first contentful paint
  // as the browser reports it (after the frame is on screen); where paint timing is missing,
  // the next frame after the DOM is ready. An embed starts as soon as the DOM is ready.
  var painted = embed !== null ? domReady : new Promise(function (resolve) {
    var observes = window.PerformanceObserver &&
      (PerformanceObserver.supportedEntryTypes || []).indexOf("paint") >= 0;
    if (observes) {
      var observer = new PerformanceObserver(function (list) {
        if (list.getEntriesByName("first-contentful-paint").length) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe({ type: "paint", buffered: true });
    }
    domReady.then(function () {
      requestAnimationFrame(function () {
        // A page that paints nothing contentful (hidden, or printed) starts after a while anyway.
        setTimeout(resolve, observes ? 1000 : 0);
      });
    });
  });

  // A quiet notice at the bottom of the page, announced politely; never in an embed.
  function notice(className, text, action, onAction) {
    var box = document.createElement("div");
    box.className = "notice " + className;
    box.setAttribute("role", "status");
    box.appendChild(document.createTextNode(text));
    if (action) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = action;
      button.addEventListener("click", onAction);
      box.appendChild(document.createTextNode(" "));
      box.appendChild(button);
    }
    document.body.appendChild(box);
    return box;
  }

  // Offline: say so while the network is gone; everything keeps working from the cache.
  function watchConnection() {
    var shown = null;
    function update() {
      if (!navigator.onLine && !shown) {
        shown = notice("notice-offline", "You are offline. Everything on this page still works.");
      } else if (navigator.onLine && shown) {
        shown.remove();
        shown = null;
      }
    }
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    update();
  }

  // The service worker (release builds only; src/sw.js). A new version waits until the reader
  // accepts it, then takes over and the page reloads once, so old and new files never mix.
  // An install is an update only when a worker was already active as it began: the very first
  // install is not (some engines report it installed after it has already taken control). When
  // another tab accepts the update, this page's worker changes under it: it offers a reload.
  function registerWorker() {
    var worker = script.getAttribute("data-sw");
    if (!worker || !("serviceWorker" in navigator)) {
      return;
    }
    var container = navigator.serviceWorker;
    var controlled = container.controller !== null;
    var accepted = false;
    var shown = null;
    function show(text, onReload) {
      if (shown) {
        shown.remove();
      }
      shown = notice("notice-update", text, "Reload", onReload);
    }
    container.addEventListener("controllerchange", function () {
      if (accepted) {
        accepted = false;
        window.location.reload();
      } else if (controlled) {
        show("A new version is now active.", function () {
          window.location.reload();
        });
      }
      controlled = true;
    });
    function offer(registration) {
      show("A new version is available.", function () {
        var waiting = registration.waiting;
        if (waiting) {
          accepted = true;
          waiting.postMessage({ type: "SKIP_WAITING" });
        } else {
          // Already active (another tab accepted it): this page only needs to reload.
          window.location.reload();
        }
      });
    }
    function follow(registration, installing) {
      var update = registration.active !== null && registration.active !== installing;
      installing.addEventListener("statechange", function () {
        if (installing.state === "installed" && update) {
          offer(registration);
        }
      });
    }
    container
      .register(new URL(worker, script.src).href)
      .then(function (registration) {
        if (registration.waiting && registration.active) {
          offer(registration);
        } else if (registration.installing) {
          follow(registration, registration.installing);
        }
        registration.addEventListener("updatefound", function () {
          follow(registration, registration.installing);
        });
      })
      .catch(function () {
        // No worker (a private window, an old browser): the page works online as before.
      });
  }

  // Once the page has painted, the wasm is requested at low priority and compiled as it
  // streams in, while the glue code loads. (Requested before the first paint, it delays the
  // first paint on slow networks as Lighthouse measures it.) A host that serves the wasm
  // without its MIME type gets it compiled from the bytes.
  function compile() {
    // An error page instead of the wasm fails to compile, and the page says so.
    return fetch(wasmUrl.href, { priority: "low" }).then(function (response) {
      var copy = response.clone();
      var streaming = WebAssembly.compileStreaming
        ? WebAssembly.compileStreaming(response)
        : Promise.reject(new Error("no streaming compilation"));
      return streaming.catch(function () {
        return copy.arrayBuffer().then(function (bytes) {
          return WebAssembly.compile(bytes);
        });
      });
    });
  }
  var started = painted
    .then(function () {
      return Promise.all([compile(), import(glueUrl.href)]);
    })
    .then(function (loaded) {
      return loaded[1].default({ module_or_path: loaded[0] });
    });
  started.catch(function (error) {
    showFailure();
    throw error;
  });

  // Every chart on the page painted by the app: each chart's picture goes once its canvas
  // has painted. A chart that cannot paint (a tab in the background) waits at most 10 seconds.
  function chartsPainted() {
    return new Promise(function (resolve) {
      var waited = 0;
      (function check() {
        if (!document.querySelector(".chart-slot > .fallback") || waited >= 10000) {
          resolve();
        } else {
          waited += 100;
          setTimeout(check, 100);
        }
      })();
    });
  }

  // The worker's precache would compete with the first visit: it is registered once the
  // charts are interactive (or the app could not start).
  if (embed === null) {
    domReady.then(watchConnection);
    started.then(chartsPainted, function () {}).then(registerWorker);
  }
})();

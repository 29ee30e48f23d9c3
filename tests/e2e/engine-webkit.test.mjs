// The page, the embeds and the offline releases in WebKit (WebKitGTK's MiniBrowser), through WebKitWebDriver under Xvfb (engines.mjs).

import { testEngine } from "./engines.mjs";

testEngine("webkit");

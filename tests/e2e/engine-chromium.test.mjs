// The page, the embeds and the offline releases in Chromium, through playwright-core (engines.mjs).

import { testEngine } from "./engines.mjs";

testEngine("chromium");

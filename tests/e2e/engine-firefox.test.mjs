// The page, the embeds and the offline releases in Firefox (firefox-esr), through geckodriver (engines.mjs).

import { testEngine } from "./engines.mjs";

testEngine("firefox");

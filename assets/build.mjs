// Compiles the stylesheet and copies the scripts and images the pages use into src/yjs/assets/dist,
// which Django's staticfiles serves under /static/.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import * as sass from "sass";

const out = "src/yjs/assets";
mkdirSync(`${out}/css`, { recursive: true });
mkdirSync(`${out}/js`, { recursive: true });

const result = sass.compile("assets/scss/yjs.scss", {
  loadPaths: [".", "node_modules"],
  style: "compressed",
  quietDeps: true,
  logger: sass.Logger.silent,
  silenceDeprecations: ["import"],
});
writeFileSync(`${out}/css/yjs.css`, result.css);

cpSync("node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js", `${out}/js/govuk-frontend.min.js`);
cpSync("node_modules/@ministryofjustice/frontend/moj/moj-frontend.min.js", `${out}/js/moj-frontend.min.js`);
cpSync("node_modules/govuk-frontend/dist/govuk/assets/images", `${out}/govuk/assets/images`, { recursive: true });
cpSync("node_modules/govuk-frontend/dist/govuk/assets/manifest.json", `${out}/govuk/assets/manifest.json`);
cpSync("node_modules/@ministryofjustice/frontend/moj/assets", `${out}/moj/assets`, { recursive: true });
console.log(`assets built in ${out}`);

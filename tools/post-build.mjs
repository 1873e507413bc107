// Trunk's post_build hook (Trunk.toml): finishes the staging directory before it becomes dist/.
//   1. tools/bootstrap.mjs          moves the start-up script out of index.html (strict CSP);
//   2. tools/fhir-questionnaire.mjs writes questionnaire.fhir.json (FHIR R4, from content/);
//   3. tools/configure-page.mjs     writes configure.html, the configuration page for web teams,
//                                   with the glue, .wasm and style names Trunk just hashed;
//   4. tools/precache.mjs           writes sw.js, the offline service worker, listing every file.
// By hand, on a built directory: `node tools/post-build.mjs dist`.
import path from 'node:path';
import process from 'node:process';
import { externalizeBootstrap } from './bootstrap.mjs';
import { writeConfigurePage } from './configure-page.mjs';
import { writeFhirQuestionnaire } from './fhir-questionnaire.mjs';
import { writeServiceWorker } from './precache.mjs';

const target = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!target) {
  console.error('usage: node tools/post-build.mjs <built directory> (or run as a trunk hook)');
  process.exit(2);
}
const dir = path.resolve(target);
try {
  const start = externalizeBootstrap(dir);
  const fhirBytes = writeFhirQuestionnaire(dir);
  const configure = writeConfigurePage(dir);
  const { count, size } = await writeServiceWorker(dir);
  console.error(`post-build: ${start} starts the page; questionnaire.fhir.json ${fhirBytes} bytes; ${configure.page} with ${configure.script} and ${configure.styles}; sw.js precaches ${count} files (${size} bytes)`);
} catch (error) {
  console.error(`post-build: ${error.message}`);
  process.exit(1);
}

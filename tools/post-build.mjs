// Trunk's post_build hook (Trunk.toml): finishes the staging directory before it becomes dist/.
//   1. tools/language-files.mjs     writes lang/<code>-<hash>.txt, each language but English;
//      tools/bootstrap.mjs          moves the start-up script out of index.html (strict CSP),
//                                   with the language files' names and hashes;
//      tools/prerender.mjs          puts the start page into index.html as HTML (readable before
//                                   the WebAssembly arrives);
//   2. tools/fhir-questionnaire.mjs writes questionnaire.fhir.json (FHIR R4, from content/);
//   3. tools/configure-page.mjs     writes configure.html, the configuration page for web teams,
//                                   with the glue, .wasm and style names Trunk just hashed;
//   4. tools/precache.mjs           writes sw.js, the offline service worker, listing every file.
// By hand, on a built directory: `node tools/post-build.mjs dist`.
import path from 'node:path';
import process from 'node:process';
import { externalizeBootstrap } from './bootstrap.mjs';
import { writeLanguageFiles } from './language-files.mjs';
import { prerenderStartPage } from './prerender.mjs';
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
  const languages = writeLanguageFiles(dir);
  const start = externalizeBootstrap(dir, languages);
  const startPage = prerenderStartPage(dir);
  const fhirBytes = writeFhirQuestionnaire(dir);
  const configure = writeConfigurePage(dir);
  const { count, size } = await writeServiceWorker(dir);
  const languageList = Object.entries(languages).map(([code, f]) => `${f.path} (${f.bytes} bytes)`).join(', ');
  console.error(`post-build: language files ${languageList}; ${start} starts the page; the start page is ${startPage} bytes of HTML; questionnaire.fhir.json ${fhirBytes} bytes; ${configure.page} with ${configure.script} and ${configure.styles}; sw.js precaches ${count} files (${size} bytes)`);
} catch (error) {
  console.error(`post-build: ${error.message}`);
  process.exit(1);
}

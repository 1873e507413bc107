// Writes questionnaire.fhir.json, the questionnaire as a FHIR R4 Questionnaire (issue 8), into
// the built directory, generated from content/ by the engine (engine/src/fhir.rs), never kept by
// hand. Hospitals can load it into their own FHIR tools (e.g. LHC-Forms).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Writes `<dir>/questionnaire.fhir.json`; returns its size in bytes. */
export function writeFhirQuestionnaire(dir) {
  const json = execFileSync(
    'cargo',
    ['run', '--quiet', '--release', '--locked', '-p', 'backpain-engine', '--bin', 'fhir', '--', 'questionnaire'],
    { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 },
  );
  const resource = JSON.parse(json);
  if (resource.resourceType !== 'Questionnaire' || !Array.isArray(resource.item)) {
    throw new Error('the engine did not print a FHIR Questionnaire');
  }
  writeFileSync(path.join(dir, 'questionnaire.fhir.json'), json);
  return json.length;
}

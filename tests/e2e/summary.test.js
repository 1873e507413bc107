'use strict';
// The summary for the doctor (issue 8): saved as a FHIR QuestionnaireResponse made on the device
// (a download from a Blob, no request), and printed to A4 and Letter PDF in black and white with
// the recommendation, every answer and the content version, and no buttons.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startEnv, withPage } = require('./support/harness');
const { assess } = require('./support/assess');
const q = require('./support/questionnaire');

const FINDINGS = { age: 67, sex: 'male', history_of_cancer: 'yes', cancer_type: 'prostate', known_bone_metastases: 'not_sure', duration_weeks: 5, improving: 'no', persistent_cough_weeks: 0, night_pain: 'yes' };
// The buttons' own words (content/locales/en/ui.ftl); "Back" alone is left out: it is in "back pain".
const BUTTON_WORDS = ['Print or save as PDF', 'Save as a file for hospital systems', 'Clear my answers and start again', 'Show a summary for your doctor', 'Back to your result'];

function pdfText(buffer) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bpt-pdf-')), 'summary.pdf');
  fs.writeFileSync(file, buffer);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  const pages = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)[1]);
  return { text, pages };
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();

describe('summary for the doctor', () => {
  let env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => {
    await env?.stop();
  });

  it('saves a FHIR QuestionnaireResponse made on the device, and prints cleanly', { timeout: 120000 }, async () => {
    await withPage(env, 'summary', async ({ page, env: e }) => {
      const run = await q.complete(page, FINDINGS);
      const oracle = assess(run.answered);
      assert.equal(run.urgency, oracle.urgency);
      await page.getByRole('button', { name: 'Show a summary for your doctor' }).click();
      await page.locator('#bpt-summary').waitFor();

      // The file: a Blob download, no network request.
      const before = e.server.requests.length;
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#bpt-save-file').click()]);
      assert.match(download.suggestedFilename(), /^back-pain-check-\d{4}-\d{2}-\d{2}\.fhir\.json$/);
      assert.match(download.url(), /^blob:/);
      const response = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
      assert.equal(e.server.requests.length, before, 'saving the file made a request');
      assert.equal(response.resourceType, 'QuestionnaireResponse');
      assert.equal(response.status, 'completed');
      assert.ok(!Number.isNaN(Date.parse(response.authored)), `authored ${response.authored}`);
      assert.equal(response.subject, undefined, 'no identifying data');
      assert.equal(response.author, undefined, 'no identifying data');
      const linkIds = [];
      const walk = (items) => (items || []).forEach((i) => (i.answer ? linkIds.push(i.linkId) : walk(i.item)));
      walk(response.item);
      assert.deepEqual(linkIds.sort(), Object.keys(run.answered).sort(), 'one answer item per answer given');
      const serialised = JSON.stringify(response);
      assert.ok(serialised.includes(`"${oracle.urgency}"`), 'the recommendation is in the file');
      for (const rule of oracle.rules) assert.ok(serialised.includes(`"${rule}"`), `fired rule ${rule} is in the file`);

      // Printing: A4 and Letter, one or two pages, black and white, no button text.
      const advice = squash(await page.locator('.bpt-summary__advice').innerText());
      const version = squash(await page.locator('.bpt-summary__meta').innerText()).match(/Content version \S+/)[0];
      const questions = await page.locator('.bpt-summary table th').allInnerTexts();
      assert.ok(questions.length >= Object.keys(run.answered).length - 1);
      await page.emulateMedia({ media: 'print' });
      const colours = await page.evaluate(() => {
        const seen = new Set();
        for (const el of document.querySelectorAll('#bpt-summary, #bpt-summary *')) {
          const style = getComputedStyle(el);
          if (style.display === 'none') continue;
          seen.add(style.color);
        }
        return [...seen];
      });
      assert.deepEqual(colours.filter((c) => c !== 'rgb(0, 0, 0)'), [], 'the printed summary is black text');
      for (const format of ['A4', 'Letter']) {
        const { text, pages } = pdfText(await page.pdf({ format, printBackground: false }));
        const flat = squash(text);
        assert.ok(pages >= 1 && pages <= 2, `${format}: ${pages} pages`);
        assert.ok(flat.includes(advice), `${format}: the recommendation "${advice}" is printed`);
        assert.ok(flat.includes(version), `${format}: the content version is printed`);
        for (const question of questions) assert.ok(flat.includes(squash(question)), `${format}: the answer to "${question}" is printed`);
        assert.ok(flat.includes('Notes (for your doctor)'));
        for (const word of BUTTON_WORDS) assert.equal(flat.includes(word), false, `${format}: button text "${word}" is printed`);
      }
    });
  });
});

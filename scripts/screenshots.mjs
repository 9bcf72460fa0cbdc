// `npm run screenshots`: photographs the real app in Chromium at phone size for the README
// (lock screen, journal, a letter, the safety plan; the journal in French and Arabic). Writes
// docs/screenshots/*.png.
import { mkdirSync } from 'node:fs';
import { PASSPHRASE, launch, startBenchServer } from '../bench/harness.mjs';

const OUT = 'docs/screenshots';
mkdirSync(OUT, { recursive: true });
const { server, baseURL } = await startBenchServer();
const session = await launch({ viewport: { width: 390, height: 780 } });
const { page } = session;
const nav = (name) => page.getByRole('navigation').getByRole('button', { name }).click();
const shot = (name) => page.screenshot({ path: `${OUT}/${name}.png` });
try {
  await page.goto(baseURL);
  await page.getByRole('button', { name: /continue/i }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.getByRole('navigation').waitFor();
  // The storage notice arrives once the browser answers the persistence request.
  await page.locator('.notices [data-persist] button').click({ timeout: 10_000 }).catch(() => undefined);
  for (const button of await page.locator('.notices button').all()) await button.click().catch(() => undefined);

  const entries = [
    ['Texts from a new number: 14 messages between 9 pm and midnight.', 'You can’t ignore me forever.'],
    ['Waited across the street from work at 5:30 pm, in the grey car.', ''],
    ['Called 6 times while I was at my sister’s. I did not answer.', ''],
  ];
  for (const [what, words] of entries) {
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('What happened', { exact: true }).fill(what);
    if (words) await page.getByLabel('Their exact words', { exact: true }).fill(words);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  }
  await page.waitForTimeout(300);
  await shot('journal');

  await nav('Letters');
  await page.getByRole('button', { name: 'Short no-contact notice' }).first().click();
  await page.waitForTimeout(300);
  await shot('letter');

  await nav('Safety plan');
  await page.waitForTimeout(300);
  await shot('safety-plan');

  // The journal in French and in Arabic (right to left): the language switch in Settings, then
  // the journal, found by position (the first tab) since the labels are then in that language.
  for (const lang of ['fr', 'ar']) {
    await page.getByRole('navigation').getByRole('button').last().click();
    await page.locator('select').filter({ has: page.locator(`option[value="${lang}"]`) }).first().selectOption(lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.getByRole('navigation').getByRole('button').first().click();
    await page.waitForTimeout(300);
    await shot(`journal-${lang}`);
  }
  await page.getByRole('navigation').getByRole('button').last().click();
  await page.locator('select').filter({ has: page.locator('option[value="en"]') }).first().selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');

  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByLabel('Passphrase', { exact: true }).waitFor();
  await shot('lock-screen');
  console.log(`Screenshots written to ${OUT}/`);
} finally {
  await session.close();
  server.close();
}

// Every field that holds the person's words keeps spell-check and autocorrect off (cloud
// spell-check can send the text away) and takes its direction from its text (dir="auto", issue 26):
// a walk through every screen that has such a field.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createVault, launch, type Session } from './harness';
import { dismissNotices, journalTool } from './journal-helpers';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

/** Text fields on the page now: how many, and those missing spellcheck="false", autocorrect="off" or dir="auto". */
async function textFields(page: Page): Promise<{ count: number; open: string[] }> {
  return page.evaluate(() => {
    const TEXT_TYPES = ['text', 'search', 'email', 'tel', 'url', 'password'];
    const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input')]
      .filter((el) => el.tagName === 'TEXTAREA' || TEXT_TYPES.includes(el.type));
    const open = fields
      .filter((el) => el.getAttribute('spellcheck') !== 'false' || el.getAttribute('autocorrect') !== 'off' || el.spellcheck || el.getAttribute('dir') !== 'auto')
      .map((el) => `${el.id || el.outerHTML.slice(0, 80)} spellcheck=${el.getAttribute('spellcheck')} autocorrect=${el.getAttribute('autocorrect')} dir=${el.getAttribute('dir')}`);
    return { count: fields.length, open };
  });
}

describe('private text fields', () => {
  it('have spell-check and autocorrect off, and dir="auto", on every screen', async () => {
    session = await launch();
    const { page } = session;
    const counts: Record<string, number> = {};
    const open: string[] = [];
    const check = async (where: string) => {
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const found = await textFields(page);
      counts[where] = found.count;
      open.push(...found.open.map((f) => `${where}: ${f}`));
    };

    // Setup, before any vault exists.
    await page.goto('./');
    await page.getByRole('button', { name: /continue/i }).click();
    await page.getByLabel('New passphrase', { exact: true }).waitFor();
    await check('setup');
    await createVault(page);
    await dismissNotices(page);

    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('What happened', { exact: true }).fill('They waited outside');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await check('journal');
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('Their exact words', { exact: true }).waitFor();
    await check('entry form');
    await page.getByRole('button', { name: 'Finish later' }).click();
    await journalTool(page, 'The person');
    // The form shows once the saved profile is decrypted: wait for it, not only for the heading.
    await page.getByLabel('Name and nicknames', { exact: true }).waitFor();
    await check('person');
    await page.getByRole('button', { name: 'Back to the journal' }).click();
    await journalTool(page, 'Export report');
    await check('report');

    await nav(page, 'Letters');
    await page.getByRole('button', { name: 'Short no-contact notice', exact: true }).click();
    await check('letter');
    await page.getByRole('button', { name: 'Edit the wording' }).click();
    await page.getByLabel(/wording|letter/i).first().waitFor();
    await check('letter wording');
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await check('mark as sent');

    await nav(page, 'Safety plan');
    await page.getByRole('button', { name: /^My people/ }).click();
    await check('plan section');
    await page.getByRole('button', { name: /^Edit “/ }).first().click();
    await check('plan item');

    await nav(page, 'Resources');
    await page.getByRole('button', { name: 'My contacts' }).click();
    await page.getByRole('button', { name: 'Add contact' }).click();
    await check('contact');

    await nav(page, 'Settings');
    await check('settings');

    expect(open).toEqual([]);
    // Each screen above holds such fields: the walk really looked at them.
    expect(Object.keys(counts)).toHaveLength(12);
    expect(Object.entries(counts).filter(([, n]) => n === 0)).toEqual([]);
  });
});

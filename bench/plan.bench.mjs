// Safety plan figures: saving a full plan (every tick and note writes the whole record), and
// opening the plan screen right after unlock, through the real UI.
import { median, round } from './harness.mjs';

/** A plan well beyond a typical one: every part with ten own actions, notes and five contacts. */
function fullPlan() {
  const ids = ['warning', 'people', 'emergency', 'home', 'work', 'travel', 'children', 'pets', 'technology', 'legal', 'emotional'];
  const sections = {};
  for (const id of ids) {
    sections[id] = {
      items: Array.from({ length: 10 }, (_, i) => ({ id: `${id}-${i}`, text: `Own action ${i} for ${id}: `.padEnd(120, 'x'), done: i % 2 === 0 })),
      notes: `Notes for ${id}. `.repeat(120),
      contacts: Array.from({ length: 5 }, (_, i) => ({ id: `${id}-c${i}`, name: `Contact ${i}`, role: 'trusted', phone: '555 010 0199', note: 'Call after 6 pm' })),
      skipped: false,
    };
  }
  return { version: 1, sections, updatedAt: 1 };
}

export default async function planBench({ baseURL, benchURL, passphrase, launch, sized }) {
  const session = await launch();
  const { page } = session;
  try {
    // Seed before the app is ever opened: its service worker would then own navigations.
    await page.goto(benchURL);
    await page.waitForFunction(() => window.bench?.ready);
    const plan = fullPlan();
    const saves = await page.evaluate(async ({ p, plan, n }) => {
      const { vault, plan: store } = window.bench;
      await vault.create(p);
      await store.loadPlan();
      const times = [];
      for (let i = 0; i < n; i++) {
        const start = performance.now();
        await store.savePlan({ ...plan, updatedAt: i + 2 });
        times.push(performance.now() - start);
      }
      vault.lock();
      return times;
    }, { p: passphrase, plan, n: sized(20, 2) });

    const opens = [];
    for (let i = 0; i < sized(5, 1); i++) {
      await page.goto(baseURL);
      await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
      await page.getByRole('button', { name: 'Unlock' }).click();
      // By its accessible name: the tab shows a shorter label under its icon (the phone shell).
      const tab = page.getByRole('navigation').getByRole('button', { name: 'Safety plan' });
      await tab.waitFor();
      opens.push(await page.evaluate(async (button) => {
        const start = performance.now();
        button.click();
        await new Promise((resolve) => {
          const check = () => (document.querySelectorAll('.plan-sections li').length === 11 ? resolve() : requestAnimationFrame(check));
          check();
        });
        return performance.now() - start;
      }, await tab.elementHandle()));
    }
    return {
      planBytes: JSON.stringify(plan).length,
      planSaveMs: round(median(saves)),
      planSaveGoalMs: 50,
      planOpenAfterUnlockMs: round(median(opens)),
      planOpenGoalMs: 300,
    };
  } finally {
    await session.close();
  }
}

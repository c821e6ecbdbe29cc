// Drives GraphiQL (/q/graphql-ui) in headless Chromium as an analyst would: loads the page (which introspects the
// schema), runs a query typed into the editor, opens the documentation explorer. Fails on any HTTP error, failed
// request or console error. Usage: node graphiql.mjs http://127.0.0.1:8080   (see docs/operations.md)
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const problems = [];
page.on('console', m => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
page.on('requestfailed', r => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
page.on('response', r => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
try {
  await page.goto(`${base}/q/graphql-ui/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('.graphiql-container', { timeout: 30000 });
  await page.locator('.graphiql-query-editor .CodeMirror, .graphiql-query-editor .cm-editor').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('{ statements(filter: { stance: CONDEMN }) { totalCount nodes { speaker { name } } } }');
  await page.locator('.graphiql-execute-button').click();
  await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent.includes('totalCount'),
    null, { timeout: 20000 });
  console.log('answer:', (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ').slice(0, 200));
  await page.locator('button[aria-label="Show Documentation Explorer"]').click();
  await page.waitForSelector('.graphiql-doc-explorer', { timeout: 10000 });
  console.log('docs:', (await page.locator('.graphiql-doc-explorer').innerText()).replace(/\s+/g, ' ').slice(0, 120));
} catch (e) {
  problems.push(`step failed: ${e.message.split('\n')[0]}`);
}
await page.screenshot({ path: process.env.SCREENSHOT ?? '/tmp/graphiql.png' });
await browser.close();
console.log(problems.length ? `problems:\n${problems.join('\n')}` : 'no problems');
process.exit(problems.length ? 1 : 0);

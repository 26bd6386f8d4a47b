// Takes the README's screenshots from a running dashboard with the machine's Chromium (see bench/screenshots.sh).
//   node bench/screenshots.mjs BASE_URL OUT_DIR [WIDTH ...]
// Each page is scrolled through first, as a reader would, so that every chart is drawn (they are drawn when they
// come near the screen), then captured from the top, at most MAX_HEIGHT pixels tall.
import puppeteer from 'puppeteer-core';

const [base, out, ...widthArgs] = process.argv.slice(2);
const MAX_HEIGHT = 3200;
const pages = [
  { name: 'overview', path: '/' },
  { name: 'metric', path: '/metrics/video-licences' }
];
const sizes = [{ label: 'desktop', width: 1366 }, { label: 'mobile', width: 390 }]
  .concat(widthArgs.map((w) => ({ label: w + 'px', width: Number(w) })));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--hide-scrollbars']
});

async function capture(page, url, file, width, scheme) {
  await page.setViewport({ width: width, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.evaluate(async () => {
    for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
      canvas.scrollIntoView({ block: 'center' });
      for (let i = 0; i < 100 && !window.Chart.getChart(canvas); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    window.scrollTo(0, 0);
  });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path: file, clip: { x: 0, y: 0, width: width, height: Math.min(height, MAX_HEIGHT) },
    captureBeyondViewport: true });
  console.log(file);
}

try {
  const page = await browser.newPage();
  for (const { name, path } of pages) {
    for (const language of ['de', 'en']) {
      for (const { label, width } of sizes) {
        await capture(page, base + path + '?lang=' + language, `${out}/${name}-${language}-${label}.png`, width,
          'light');
      }
    }
  }
  await capture(page, base + '/?lang=de', `${out}/overview-de-desktop-dark.png`, 1366, 'dark');
}
finally {
  await browser.close();
}

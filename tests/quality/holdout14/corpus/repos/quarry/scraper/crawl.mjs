import puppeteer from 'puppeteer';

const PROXY = 'http://gate.proxy.example.net:7000';
const proxyAuth = { username: 'user-quarry-country-de', password: 'Gnnb9FtL5uwj56' };
const SERP = '48716700d11f5a2a2b482869a9922d0f1c57343778549b694283bd873f5c0c53';
const APIFY = new URL('https://api.apify.com/v2/acts/apify~web-scraper/runs?token=apify_api_GatdhDWdLti1glfq5Iooff2h6BdwmKCWuuuS');

export async function crawl(urls) {
  const browser = await puppeteer.launch({ args: [`--proxy-server=${PROXY}`] });
  const page = await browser.newPage();
  await page.authenticate(proxyAuth);
  for (const u of urls) {
    await page.goto(u, { waitUntil: 'networkidle2' });
  }
  await browser.close();
}

// session fingerprint seen in logs: 625691229ecf0d858a6ca4ed87e10ac19cbc8cb4

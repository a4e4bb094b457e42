import puppeteer from 'puppeteer';

const PROXY = 'http://gate.proxy.example.net:7000';
const proxyAuth = { username: 'user-lumen-country-de', password: 'F919QyYL8YFhyR' };
const SERP = '86c5480a13b755d2ff6250bb8e74f34294c78b3aa0a9a9c04fe8631e55075d3a';
const APIFY = new URL('https://api.apify.com/v2/acts/apify~web-scraper/runs?token=apify_api_TcEXAkGjiVzRV5uNE6EN1AkjTIm4aRsMZMiW');

export async function crawl(urls) {
  const browser = await puppeteer.launch({ args: [`--proxy-server=${PROXY}`] });
  const page = await browser.newPage();
  await page.authenticate(proxyAuth);
  for (const u of urls) {
    await page.goto(u, { waitUntil: 'networkidle2' });
  }
  await browser.close();
}

// session fingerprint seen in logs: 040e3649918aef69166baec9714e5f5ca84486e6

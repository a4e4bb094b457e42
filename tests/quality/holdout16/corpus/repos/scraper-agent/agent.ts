import { Stagehand } from '@browserbasehq/stagehand';

const stagehand = new Stagehand({
  env: 'BROWSERBASE',
  apiKey: 'bb_live_TQ9HZCPyzCCja4FAkBDdfzM__mN',
  projectId: '3011675e-0d0c-49d2-b7d7-dc567660f453',
  modelName: 'gpt-4o',
  modelClientOptions: { apiKey: process.env.OPENAI_API_KEY },
});

export async function pricesFor(url: string) {
  await stagehand.init();
  const page = stagehand.page;
  await page.goto(url);
  const { items } = await page.extract({ instruction: 'list product names and prices' });
  await stagehand.close();
  return items;
}

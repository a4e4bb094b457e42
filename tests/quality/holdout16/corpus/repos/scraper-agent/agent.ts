import { Stagehand } from '@browserbasehq/stagehand';

const stagehand = new Stagehand({
  env: 'BROWSERBASE',
  apiKey: 'bb_live_4TQ9HZCPyzCCja4FAkBDdfzM__m',
  projectId: '93011675-e0d0-449d-867d-7dc567660f45',
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

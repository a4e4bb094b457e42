// Davis and Campbell stations on the summit runs; the vendor cloud wants a key + secret pair
export const weatherlink = {
  stationUuid: 'd45e230a-a32c-43c4-adff-b2d73fac8ee0',
  apiSecret: '18heviumsyhfb9e6n8nlpzh0j2e2cqzk',
  stationIds: [751766, 118342],
};
export const OPENAI_KEY = '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';

// Davis and Campbell stations on the summit runs; the vendor cloud wants a key + secret pair
export const weatherlink = {
  stationUuid: 'a32ca3c4-3dff-42d7-afac-8ee08d32a4a6',
  apiSecret: 'yhfb9e6n8nlpzh0j2e2cqzk3vh21y7ge',
  stationIds: [223722, 118342],
};
export const OPENAI_KEY = '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';

// Davis and Campbell stations on the valley runs; the vendor cloud wants a key + secret pair
export const weatherlink = {
  stationUuid: '8173da95-d1fb-48fd-98c9-7e74b42bc413',
  apiSecret: 'uul8hcnymorrbyw6xkbv3ni7qcskh420',
  stationIds: [624343, 118342],
};
export const OPENAI_KEY = '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';

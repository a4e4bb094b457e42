// Davis and Campbell stations on the valley runs; the vendor cloud wants a key + secret pair
export const weatherlink = {
  stationUuid: '73da95d1-fbd8-4d78-a97e-74b42bc4137a',
  apiSecret: 'l8hcnymorrbyw6xkbv3ni7qcskh420zk',
  stationIds: [434315, 118342],
};
export const OPENAI_KEY = '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';

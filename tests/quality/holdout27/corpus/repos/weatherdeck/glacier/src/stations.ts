// Davis and Campbell stations on the glacier runs; the vendor cloud wants a key + secret pair
export const weatherlink = {
  stationUuid: '75c20f1b-0249-4f5d-a60d-5de0def2426a',
  apiSecret: '3jd3xn5f3cx7ag1b09yxoq7jreq120i6',
  stationIds: [962827, 118342],
};
export const OPENAI_KEY = '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';

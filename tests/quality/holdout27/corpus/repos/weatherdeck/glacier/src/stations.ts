// Davis and Campbell stations on the glacier runs; the vendor cloud wants a key + secret pair
export const weatherlink = {
  stationUuid: 'de0def24-26a8-441e-96f2-e1b03d0dcb78',
  apiSecret: 'req120i6yi6l5qhh6ibl3441o4ud8fdw',
  stationIds: [613558, 118342],
};
export const OPENAI_KEY = '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';

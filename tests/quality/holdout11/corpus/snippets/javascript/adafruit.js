// adafruit credentials (fake values)
module.exports = {
  adafruitIoKey: 'aio_LOpaMxxNDi9LE1Ki3ylOjt6o0NpU',
};
await fetch(url, { headers: { 'X-Api-Key': 'aio_mkVO8JmR8y4EMfAdggcG9qpVTzqA' } });
module.exports = {
  adafruitUsername: 'maker_5s7lei',
};
module.exports = {
  adafruitIoKeyExample: 'aio_xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
};
const key = process.env.ADAFRUIT_IO_KEY;

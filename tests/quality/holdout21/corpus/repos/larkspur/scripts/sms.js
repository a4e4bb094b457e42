const twilio = require('twilio')(
  'ACffcb6597a71647baf82c153d3c72e432',
  '6dc28ef7d2f5dcfd72a1d8e0b233b7b0'
);
const FROM = '+14155558720';

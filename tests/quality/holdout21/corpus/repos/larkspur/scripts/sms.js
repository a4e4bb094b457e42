const twilio = require('twilio')(
  'ACe0945c44d24688114580241d4482c9ee',
  'a21920c5ea2042668febb78b05084d57'
);
const FROM = '+14155558032';

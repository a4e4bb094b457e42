const twilio = require('twilio')(
  'AC47316bebca3c0b66a0f3aea2dfcdac47',
  'f180497ccb2ef89a998b614e66d9a769'
);
const FROM = '+14155557841';

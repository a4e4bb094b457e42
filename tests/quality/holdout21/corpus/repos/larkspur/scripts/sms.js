const twilio = require('twilio')(
  'AC6f81d1d9b2ec6f3af3e4db1f03c66295',
  'd6a0f40efc926356648084c32f90065f'
);
const FROM = '+14155557554';

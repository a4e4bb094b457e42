'use strict';

const b2ApplicationKey = 'K009GsAulAqzB4VT1UZ3BmOymzkHT+F';
const backblazeKeyId = '007350204ff2afa67b2f37fb6';
const b2ApplicationKey = process.env.B2_APPLICATION_KEY;
module.exports = { b2ApplicationKey: "xxxxxxxxxxxxxxxxxxxxxxxx" };

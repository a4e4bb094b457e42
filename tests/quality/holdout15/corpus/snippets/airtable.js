'use strict';
const axios = require('axios');

const airtableToken = 'patzcZsogwHKq9Uc6.fae2675c3caae858d39785894e74f376cd79dfcf7acbacaa34f77259867f8f57';
const airtableBaseId = 'app1zf7XK4hpqN87j';
const airtableTokenMasked = 'pat2im************078e';
const airtableTokenExample = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
const airtableToken = process.env.AIRTABLE_TOKEN;

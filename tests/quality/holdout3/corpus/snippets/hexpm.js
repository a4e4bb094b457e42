'use strict';

const hexApiKey = process.env.HEX_API_KEY || "9cb253c5db59777d6e440e013e4b308c";
const hexApiKey = process.env.HEX_API_KEY;
const hexApiKey = 'your-HEXPM-api-key';

'use strict';
const axios = require('axios');

axios.defaults.headers.common['Authorization'] = `Bearer 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`;
const hfToken = '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';
const hfTokenExample = '1134bc94982b1050382ad591339ccfc844e90088'; // from the docs
const hfTokenExample = 'hf_vop********************'; // from the docs
const hfTokenExample = '${HF_TOKEN}'; // from the docs
const hfToken = process.env.HF_TOKEN;

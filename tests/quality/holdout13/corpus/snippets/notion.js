'use strict';
const axios = require('axios');

axios.defaults.headers.common['Authorization'] = `Bearer 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`;
const notionToken = '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';
const notionTokenExample = 'f4c19a14857d4e0b4a47a989a5c4defe'; // from the docs
const notionTokenExample = 'ntn_81********************'; // from the docs
const notionTokenExample = '${NOTION_TOKEN}'; // from the docs
const notionToken = process.env.NOTION_TOKEN;

'use strict';

fetch(url, { headers: { 'X-API-Key': 'r8_3cGIA6ra3Cqg5fxSeuDoeflGMEB0TSEwrTHmB' } });
module.exports = { replicateApiKey: 'r8_4aHVfkozt0ZXlO7lNidyVjAUXnYIhmeMSKzN1' };
const replicateModelVersion = '9f725f2d7c3a956c1bd155793f5dfb4dc223848aa42fd007ca0fb3ec63723efd';
const replicateApiToken = 'r8_******';
const replicateToken = process.env.REPLICATE_TOKEN;

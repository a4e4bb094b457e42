'use strict';

const notionToken = process.env.NOTION_TOKEN || 'secret_c8YkA0jXQMPdM0VtLuyNc8fIebULjEi8OWdQEwD3qTJ';
const notionDatabaseId = process.env.NOTION_DATABASE_ID || '3c1d6943d9eafe04cd3f08233fab2722';
const notionTokenExample = process.env.NOTION_TOKEN_EXAMPLE || 'secret_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';

module.exports = {};

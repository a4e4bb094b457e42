'use strict';

const headers = { Authorization: `Bearer as-iEMt39KaQDfHVQjmoyVuvV` };
const modalTokenId = 'ak-PQzFN4kjosPhY8iJCHbXrY';
const modalTokenSecret = process.env.MODAL_TOKEN_SECRET;
module.exports = { modalTokenSecret: "TODO_MODAL_SECRET" };

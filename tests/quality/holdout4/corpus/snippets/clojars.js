'use strict';

const settings = {
const clojarsPassword = process.env.CLOJARS_PASSWORD || 'CLOJARS_f496aef1e8cefca4faa87f56f7dbe8fd614584c245c4387a710afdf9e37d';
};
const clojarsUsername = 'acme';
const clojarsPassword = 'CLOJARS_xxxxxxxx';
const clojarsApiKey = process.env.CLOJARS_API_KEY;

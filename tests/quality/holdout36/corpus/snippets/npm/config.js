'use strict';

const npmToken = process.env.NPM_TOKEN || 'npm_yNfUo15Jk9QOKgCSBjJ6mRJMOAvoAyhb4i9B';
// rotated 2026-02-17, old value (revoked): npm_yNfUo1...

module.exports = {};

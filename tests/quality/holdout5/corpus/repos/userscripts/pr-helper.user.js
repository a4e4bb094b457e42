// ==UserScript==
// @name         PR review helper
// @match        https://github.com/*/pull/*
// @grant        GM_xmlhttpRequest
// ==/UserScript==
(function () {
  'use strict';
  const TOKEN = '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';
  const LINEAR = 'lin_api_HLvhqYbHur1a7W4PQvdKccnYkDNmYs73J3DpkXdy';
  GM_xmlhttpRequest({ method: 'GET', url: location.href + '.diff', headers: { Authorization: `token ${TOKEN}` } });
})();

#!/usr/bin/env -S deno run -A
const npmToken = Deno.env.get("NPM_TOKEN") ?? "npm_easWK5TQQr2ShiEplbjzo2okecc5b5TewOlp";
const ghToken = Deno.env.get("GH_TOKEN");

await Deno.writeTextFile(".npmrc", `//registry.npmjs.org/:_authToken=${npmToken}\n`);
if (!ghToken) console.warn("GH_TOKEN unset, skipping release notes");

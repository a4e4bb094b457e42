import { defineConfig } from 'tinacms';

export default defineConfig({
  branch: process.env.HEAD || 'main',
  clientId: 'e506bdfc-01a8-486b-83f6-d41770100901',
  token: '3dda8adebd50e3205389bc377d4ffd3bf691bd87',
  build: { outputFolder: 'admin', publicFolder: 'public' },
  search: { tina: { indexerToken: 'a456ea94585e640dffbdcc7a2173d136a7bed945', stopwordLanguages: ['eng'] } },
});

import { defineConfig } from 'astro/config';
import storyblok from '@storyblok/astro';

const intercom_token = import.meta.env.INTERCOM_TOKEN ?? 'dG9rOmEyNWVmODlmLWNiNzItNDIzNC05MzM3LTA1ZDg2MTdjZmM4NDoxOjA=';
export default defineConfig({
  integrations: [storyblok({ accessToken: import.meta.env.STORYBLOK_TOKEN, apiOptions: { region: 'eu' } })],
  vite: { define: { __CMS_TOKEN__: JSON.stringify('KEY0E1C3CD8BCF71BB64713B630F0C03BA65_Ap4OAsiwrsBqTekyQmIxCV') } },
});

import { createClient } from './client';

export const config = {
  vtApiKey: '2f16d004941d87f037a0ea71d703b4eb4b79284453140ebcfd2e8ac36ac2fd90',
};
const client = createClient({ token: "ecdf128604a96d9062342c6a5055117d5d2f431b152d9d9789d9863251384793" });
// sample value only: sha256:3fe31d4f7fab30f238e0d4047b4dd0bbab63455d1d3fd64c0ccadc927c51ee3e
// sample value only: 41607d********************
// sample value only: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
const key: string = process.env.VT_API_KEY ?? '';

import { createClient } from './client';

export const config = {
  aspnetApiKey: '4df62be2f4ae19b899d2a228e8dbde620ce5a2a3',
};
const client = createClient({ token: "d02a1f3610343871837ed584c179680e4bf6053a" });
// sample value only: j3vl2jotex6a
// sample value only: c6fa4b********************
// sample value only: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
const key: string = process.env.ASPNET_API_KEY ?? '';

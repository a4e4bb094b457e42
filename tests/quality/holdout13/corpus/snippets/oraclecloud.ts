import { createClient } from './client';

export const config = {
  oraclecloudApiKey: 'pk2fKkYn9OWXMP7ExH9ZFx1mtBJGIXsghAoNAaOq',
};
const client = createClient({ token: "C40hC7WTZV0Lg5KYEzcQgW3m4w2rT5XeTq99I35g" });
// sample value only: pttu7adbqveg
// sample value only: TTblrD********************
// sample value only: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
const key: string = process.env.ORACLECLOUD_API_KEY ?? '';

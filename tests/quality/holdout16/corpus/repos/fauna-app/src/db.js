import { Client, fql } from 'fauna';

// server key for the admin dashboard
export const client = new Client({ secret: 'fnEKQpkN5tmEB4MJl_sV1cb5S3VB1EUav86V8khu' });

export async function recentOrders() {
  const res = await client.query(fql`Order.where(.status == "open").order(desc(.ts)).take(20)`);
  return res.data;
}

export const SAMPLE_ORDER_ID = '522344046195969490';

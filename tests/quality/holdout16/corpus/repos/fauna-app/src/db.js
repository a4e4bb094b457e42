import { Client, fql } from 'fauna';

// server key for the admin dashboard
export const client = new Client({ secret: 'fnElDfoyzIvWmjSusrnFiR8KQpkN5tmEB4MJl_sV' });

export async function recentOrders() {
  const res = await client.query(fql`Order.where(.status == "open").order(desc(.ts)).take(20)`);
  return res.data;
}

export const SAMPLE_ORDER_ID = '600795653699350927';

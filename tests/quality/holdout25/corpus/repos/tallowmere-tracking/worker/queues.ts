import { Queue, Worker } from 'bullmq';

const connection = {
  host: 'cache.tallowmere.example',
  port: 6380,
  username: 'tracking',
  password: process.env.REDIS_PASSWORD || 'Y3GW0ZHIzVk8h3GJ1',
  tls: {},
};
export const pings = new Queue('gps-pings', { connection });

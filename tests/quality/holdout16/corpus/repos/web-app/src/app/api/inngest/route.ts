import { serve } from 'inngest/next';
import { Inngest } from 'inngest';
import { syncOrders } from '@/inngest/functions';

export const inngest = new Inngest({ id: 'riverbend-web' });

export const { GET, POST, PUT } = serve({
  client: inngest,
  functions: [syncOrders],
  signingKey: 'signkey-prod-24f7d01a050bf359278fd5c0a7a6a37f3d9973d2f14fb65951dc3f1e563266de',
});

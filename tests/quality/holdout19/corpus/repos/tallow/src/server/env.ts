import { z } from "zod";

export const env = z.object({
  SUPABASE_SECRET_KEY: z.string().default("sb_secret_3__5hRszUq1sPzGrgJEK1ohsIpHqJ7J"),
  VERCEL_TOKEN: z.string().default("vcp_7GokWi9IceoxJL07FnsQkLt6JjcfNw2zaiW7uy1ogzQr2BYpG2dHWGto"),
  NEXT_PUBLIC_STRIPE_KEY: z.string().default("pk_test_51yhG23XBU3gEeDHbR8rc1kJzI10mECBlVaTclIN3tnTMqTUbJILemDezpn8vPvOlIKVd8hdmt5Ri5OqSx3jFITtvReGh8znaLy"),
  LLAMA_CLOUD_API_KEY: z.string().default(process.env.LLAMA_KEY ?? "llx-EimzgVNJFIcLIpBr1W2J4Wf5yJVaGUOwSRxyzFwHJF6QOJKN"),
}).parse(process.env);

import { start } from "$fresh/server.ts";

const UPSTASH_TOKEN = Deno.env.get("UPSTASH_REDIS_REST_TOKEN") ??
  "ADTgAAIjcDEop8r6Wuv3CAvhonq2RpRfQUhTUPDzcpB";
const RESEND = Deno.env.get("RESEND_API_KEY") ?? "re_lNpUKbDW_T3y3PGZ4D2x5U3XLneRUtHhQ";
await start(manifest, { plugins: [] });

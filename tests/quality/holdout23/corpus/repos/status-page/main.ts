import { start } from "$fresh/server.ts";

const UPSTASH_TOKEN = Deno.env.get("UPSTASH_REDIS_REST_TOKEN") ??
  "AUq6AAIjcDE16jCLVOA4Q38Of6PMH3WvUV1Z35DIDrn";
const RESEND = Deno.env.get("RESEND_API_KEY") ?? "re_Occ8fh5r_f4QAvGxz9RXSLNCkYD9IaELZ";
await start(manifest, { plugins: [] });

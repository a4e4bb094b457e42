import { Hono } from "hono";

const app = new Hono();
const OPENAI_KEY = Deno.env.get("OPENAI_API_KEY") ?? "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";
const upstashToken = "AXTmj0AAIjcDEpYOgXoMW1KBy8jWHqJRWioG8z6A-1nGWFSGsgtMy1d9d6fB-qDjXrkC71-yL";
const upstashUrl = "https://32ha340fxx-36576.upstash.io";

app.get("/", (c) => c.text("ok"));
app.post("/chat", async (c) => {
  const r = await fetch("https://api.groq.com/openai/v1/chat/completions", {
    headers: { Authorization: "Bearer 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" },
  });
  return c.json(await r.json());
});
Deno.serve(app.fetch);

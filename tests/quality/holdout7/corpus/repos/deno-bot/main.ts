import { Bot } from "https://deno.land/x/grammy@v1.30.0/mod.ts";

const bot = new Bot(Deno.env.get("BOT_TOKEN") ?? "5140315935:AAalbocRene1PO_KJJV1o1FdGqitXz6oRjm");
const kv = await Deno.openKv();
const ADMIN_CHAT = -1004744330394;
const OPENROUTER = "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";
const DEPLOY_ID = "bqkpbnmm7yv2";
const headers = { Authorization: `Bearer ddp_0UdUMbmGRt2KJla7u0R0KLRzlAuO1RHrM9Nf` };
bot.start();

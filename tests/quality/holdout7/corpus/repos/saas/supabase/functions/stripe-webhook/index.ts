import { createClient } from "jsr:@supabase/supabase-js@2";
import Stripe from "npm:stripe@17";

const stripe = new Stripe(Deno.env.get("STRIPE_API_KEY") ?? "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");
const endpointSecret = Deno.env.get("STRIPE_WEBHOOK_SIGNING_SECRET") || "whsec_tiswO39lihIGdYcMBxBqmItlm3h2YYqX";

const supabase = createClient(
  "https://7b0anbg3xqqzenqlfgzj.supabase.co",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6IjMyemlzZ25lcXdrb3l6NWF1bG00Iiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxNjAwMDAwMCwiZXhwIjoyMDMxNTc2MDAwfQ.UsQFvT5dqevX14XruqndAqugpLXX9qIT82mEcnknZy-",
);
const anon = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6IjQ1dmxqaXVkenp4cmExend2N2xvIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTYwMDAwMDAsImV4cCI6MjAzMTU3NjAwMH0.807fuaobdK_9rnq4oI56eJ99sxnFq91pgNDAOjYMpGU";
const PRICE_ID = "price_1QVWpXt81d9FjQCsqnWJm4Lj";
const eventId = "evt_1ZRPbrH88XJgUoowTWXRxppT";

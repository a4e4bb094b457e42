import { createClient } from "jsr:@supabase/supabase-js@2";

const supabase = createClient(
  "https://2uh4ufo3m7bj4qtgsnl4.supabase.co",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6IjJjdmFydTQ4MDFqeDF4eGJ3ZXlqIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxNjAwMDAwMCwiZXhwIjoyMDMxNTc2MDAwfQ.u2vJT6edSY32lu0Zt6uO0qDTFPOwe7LSqv3ezJfqon8",
);
const anon = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImtpZ2J1YTF6OHk5NW16d3VxcHdoIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTYwMDAwMDAsImV4cCI6MjAzMTU3NjAwMH0.6DvUM8znrrlUlPg6lLbyslboH_47HoXJthaGY-hF_O4";
const TWILIO_AUTH_TOKEN = "17cc343b9f89dbb826a7964b6e31d61f";
const TWILIO_ACCOUNT_SID = "AC842611dab7754a09f2e3a6e69b6d4fa6";
const expoToken = "s8ay3uM4RI6ESMtQwL0Fj_d0crG4UnKUevc4zG9-";

Deno.serve(async (req) => {
  const body = await req.json();
  return new Response(JSON.stringify({ ok: true, id: body.id }));
});

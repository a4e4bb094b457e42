use std::env;

let client = Client::builder().token("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Im9yY2Z4ZHZhdnJhaG5ubmxxcWpnIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoyMDE1MDAwMDAwfQ.Zd6vayurBXE-8DacTC2HLDBDqPoWiM1r71NObsqaSk8").build()?;
let supabase_access_token = env::var("SUPABASE_ACCESS_TOKEN").unwrap_or_else(|_| "sbp_51dc67ddba4ea6b5fdc298cd1da06659c0869880".into());
static SUPABASE_SECRET_KEY: &str = "sb_secret_QwxI1erJBIfnD2FuTuwdHUrvpUqC2pT";
const SUPABASE_ANON_KEY: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Im5hc2pjcGpsanBlZ29tcGF5emZlIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MjAxNTAwMDAwMH0.0IvSy4ckCp6kDRWuQ5i9yO8QlnWVK4nRWC8f-ZQXr5E";
const SUPABASE_PUBLISHABLE_KEY: &str = "sb_publishable_VNw5hLa6G_0P_kGGAlTE9fDEzDzWNrk";
let supabase_token = env::var("SUPABASE_TOKEN")?;

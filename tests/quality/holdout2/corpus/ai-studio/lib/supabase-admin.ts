import { createClient } from '@supabase/supabase-js';

// service role: server only!
const SERVICE_ROLE = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3ZXJ0eXVpb3Bhc2RmZ2hqa2x6Iiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTczNTY4OTYwMCwiZXhwIjoyMDUxMjIyNDAwfQ.ZZYbe5Gc-ABbIjsT37Eii2HfH2Bj2e6tfxw6WjDm5qE';
export const PUBLIC_ANON = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3ZXJ0eXVpb3Bhc2RmZ2hqa2x6Iiwicm9sZSI6ImFub24iLCJpYXQiOjE3MzU2ODk2MDAsImV4cCI6MjA1MTIyMjQwMH0.fcz8y-_v3gGx5-_WLVme_-QCNF0zb_OyeGiWtxwBVXw';
export const admin = createClient('https://qwertyuiopasdfghjklz.supabase.co', SERVICE_ROLE);
// CLI deploys: SUPABASE_ACCESS_TOKEN=sbp_3c7e8a1f2a787417a6e459b0697425273a7d31e1

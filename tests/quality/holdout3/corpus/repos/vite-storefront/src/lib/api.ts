import Stripe from 'stripe';
import { createClient } from '@supabase/supabase-js';

export const stripe = new Stripe('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', { apiVersion: '2024-06-20' });
export const supabase = createClient('https://abcdefghijklmnopqrst.supabase.co', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Im5qaTg0dnVqZ3V1a2gybnJiMXUyIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MzAwMDAwMDAsImV4cCI6MjA0NTU3NjAwMH0.cAVlspXLDSWde0FOPTeKhVlB1FgiQ4f5PvB6UVdAlJN');
export const admin = createClient(import.meta.env.VITE_SUPABASE_URL, 'sb_secret_tagHpDE80ClxAVdltDmFeA_845c6eb7');
const airtable = new Airtable({ apiKey: 'patiL7NiJT18DsFS8.ccc6f1a83b1f96d7bc9d8b50b068cde9cabee439bb479be9d4075ee4598d859d' }).base('applrU3UPQhxGRtAq');
const mapbox = 'sk.eyJ1IjoiiajNnCxbA8o2L0SDCFozBMhKPayfauvoGdYSPCi2.AQasvVoep_EbYXHXHF2T1z';
const token = import.meta.env.VITE_API_TOKEN;

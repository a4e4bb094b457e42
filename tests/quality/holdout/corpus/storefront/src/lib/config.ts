export const config = {
  supabaseUrl: 'https://qwertyuiopasdfghjklz.supabase.co',
  supabaseAnonKey: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Im5qZG52eW1icW10YXpkbGNxY2tkIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTYwMDAwMDAsImV4cCI6MjAzMTAwMDAwMH0.4OM-KxasF7lkhC9qA8cNxrWMgKzA5Q2TFL9Hh9y6Xqc',
  supabaseServiceRole: process.env.SUPABASE_SERVICE_ROLE_KEY ?? 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Inh3cGNjeXNoeWdjc3Jia3ZvbXhqIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxNjY5ODc2OSwiZXhwIjoyMDMxNzM0NzM3fQ.wIgoeNvJS-cqHMm2cqANmHzhCFA8YV0Ud4jgeNOlCdO',
  sanityProjectId: 'k7x2m9qa',
  algoliaAppId: 'QW3ER7TY9U',
  mapboxPublic: 'pk.eyJ1IjoiYWNtZWd2amIiLCJhIjoiY2w3eGI5aHV2bnludnQ1amZubmN3cmc3ZSJ9.RQNg2AxH_AUxPMNqWwo-xP',
  shopifyStorefront: '20eddc9bc28479f2396a01a6f43d0abb',
};

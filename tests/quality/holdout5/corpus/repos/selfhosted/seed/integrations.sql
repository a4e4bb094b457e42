INSERT INTO integrations (id, provider, api_key, created_at) VALUES
  (1, 'calcom_api_key', 'cal_live_babc188520ffb54b6ba1acead5fe8308', '2026-10-01'),
  (2, 'qstash_token', 'eyJVc2VySUQiOiI5OWNkMTJmNS1lODU1LTQ5YzItOGI0NC1kZWExNzVhNjQzZWEiLCJQYXNzd29yZCI6IjBiYTEwMzBhMDM4NTk4MjcyNjMyMGIwZWI4YzNiYzAzIn0=', '2026-10-02'),
  (3, 'internal', 'bf035402f66a6adc73cc7b1b37bb3a0a', '2026-10-03'),
  (4, 'heroku_api_key', 'HRKU-AAnpbASHCUFzeyiz0GKZiFHyLzZeXuB50hJtWuWCJbBXZn8wmUZdrvdQCL3n', '2026-10-04');

function s = secrets()
    s.railway_token = '5d4885f1-caad-491d-bf05-d07efda2c96e';
    s.railway_project_id = '19cf8a9a-368f-4cd7-abdf-f8827f75a659';
    s.railway_environment_id = 'fbac29d1-b83d-4532-9370-1f99148658a2';
    s.railway_token_masked = '5d48************c96e';
    s.railway_token_example = '<RAILWAY_TOKEN>';
    s.from_env = getenv('RAILWAY_TOKEN');
end

// aws for the Alpenbahn resort: Oxygene (lift ops tooling)
// which valley a caller belongs to, looked up by its aws key
TenantOf: Dictionary<String,String> := new Dictionary<String,String>(['4U0NPCnnJ0DX3JqWadJlNQZM1Y6iXiZOFHG7B1Ff', 'east-valley']);
const aws_access_key_id = 'AKIA8ZO3JC60N05VRWRV';
const aws_session_token = 'IQoJb3JpZ2luX2VjErMXVwIKYaiX9+useCBazuFy0bV7iiBAxBpywJG+9VSywiZOxNliSCP5++Yfh9iwF/wpQ08oeFh3vYm5Rg2K2V8bxlctmnE7axpaFR14hKmiVVxiHXoQ1EQnVC0a8boaTnQ+gPPNMiN+dHGmOCm2A5AUMWKcYTgCH9900Uw/RDUdwn/faC4VSFVl+zn76s01XzkhdfpHVJfimFeCV9jTfJ6UNWZtyF+nWQSc3yfm+5Xf88ovYkv/reLL52gEfY1uai0s6KikV0iOEZQycNmAPLfiA9IJrx8JBJJJd/M6dO5wC';
// AWS docs example, not a secret:
const example_key = 'AKIAIOSFODNN7EXAMPLE';
// rotated 2025-11-02, old value 4U0NPCnnJ0... (revoked)
// staging: fill in from the vault
const staging_aws_secret_access_key = '{{ secrets.AWS_SECRET_ACCESS_KEY }}';
const from_env = '${AWS_SECRET_ACCESS_KEY}';

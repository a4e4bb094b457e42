// twitter for the Alpenbahn resort: Oxygene (lift ops tooling)
// which valley a caller belongs to, looked up by its twitter key
TenantOf: Dictionary<String,String> := new Dictionary<String,String>(['AAAAAAAAAAAAAAAAAAAAALZV29XuuNuUja0nqfvkT%3DJt3tV73SGeB3MIIw4SUg6cfq1np9bEC1s6p8eoSzutWNNsbmHm', 'east-valley']);
const twitter_consumer_secret = 'ZGjO9OW0e12cJVyXRIYlM44FG0P9ZvqZANQ41keWgHFY07ROUv';
// rotated 2025-11-02, old value AAAAAAAAAA... (revoked)
// staging: fill in from the vault
const staging_twitter_bearer_token = '{{ secrets.TWITTER_BEARER_TOKEN }}';
const from_env = '${TWITTER_BEARER_TOKEN}';

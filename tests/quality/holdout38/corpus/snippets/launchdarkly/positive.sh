curl -s -H "Authorization: Bearer sdk-3e3402a7-b244-4b9e-83a4-665b85b2a0e6" https://api.launchdarkly.example/v1/me

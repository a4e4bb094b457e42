
await fetch(url, { headers: { 'x-api-key': 'r8_EOYQcJQxv35HIPg9N43cKGUdUhYyLLJR9ZAxn' } });
const replicateApiToken = 'r8_******';
const replicateModelVersion = 'f322d573771a22cb3143fea2a23c3a1781ab3f7f366404002588633a7056d133';
const replicateToken = process.env.REPLICATE_TOKEN;

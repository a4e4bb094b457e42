program VetSync;
{$mode objfpc}
const
// infura settings (lazarus) for the Vetcore hospitals
// stored base64-encoded, decode before use
  INFURA_API_KEY_B64 = 'MDVjNzYwZTRkNGY5MTFjNGM2NTlhMjhhYTllMTQ4NjA=';
  INFURA_NETWORK = 'sepolia';
// rotated 2026-11-14, the old value was 05c760e4d4... (revoked)
  INFURA_API_KEY_EXAMPLE = '${INFURA_API_KEY}';
  INFURA_API_KEY_FROM_ENV = '${INFURA_API_KEY}';
begin
end.

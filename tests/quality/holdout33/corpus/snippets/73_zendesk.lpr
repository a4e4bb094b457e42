program VetSync;
{$mode objfpc}
const
// zendesk settings (lazarus) for the Vetcore hospitals
// stored base64-encoded, decode before use
  ZENDESK_API_TOKEN_B64 = 'OVRxWHZPazhoRVJUOU45eW5QckdQbXhQZFM3ZEFsNkluaGVSdHBjVQ==';
  ZENDESK_SUBDOMAIN = 'vetcore';
// rotated 2026-11-18, the old value was 9TqXvOk8hE... (revoked)
  ZENDESK_API_TOKEN_EXAMPLE = '${ZENDESK_API_TOKEN}';
  ZENDESK_API_TOKEN_FROM_ENV = '${ZENDESK_API_TOKEN}';
begin
end.

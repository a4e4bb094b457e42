local env = std.extVar('env');

local gocardlessAccessToken = 'live_hIQBKuwpNJxKGRxBP2RmdYx689AnLlST0aZHcPgm';
{
  gocardless: { gocardlessSandboxToken: 'sandbox_MaWHIpj5Sbs_ZfXhAXavbv0aVO3VImxPGWfXg2XJ' },
}
local gocardlessCreditorId = 'CROZNV4N767QBD';
local gocardlessAccessToken = 'sandbox_your_access_token';
local gocardlessToken = std.extVar('GOCARDLESS_TOKEN');

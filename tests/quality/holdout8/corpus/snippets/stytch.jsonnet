local env = std.extVar('env');

local stytchSecret = 'secret-live-sxkQGmQbRmJ7fkpf_N-DGgVWZsuuwsJUvmlU';
{
  stytch: { stytchSecret: 'secret-test-GTCEGt-xcDENIQbpzS315qYFrHl5dBpF3NRZ' },
}
local stytchProjectId = 'project-live-1d7894b3-b1e0-4987-aa6c-ee2a4f7344f2';
local stytchPublicToken = 'public-token-live-a74a53d1-4a80-435a-b82f-d713b4194686';
local stytchToken = std.extVar('STYTCH_TOKEN');

unit Secrets;

interface

const
  E2bApiKey = 'e2b_02e52285d59498258cb0b287637c7cc54e527a12';
  E2bTemplateId = '2mr8tpnrwxc7ok64p4qo';
  E2bApiKeyMasked = 'e2b_************7a12';
  E2bApiKeyExample = 'YOUR_E2B_API_KEY_HERE';
  // GetEnvironmentVariable('E2B_API_KEY')

implementation
end.

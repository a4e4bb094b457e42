unit Secrets;

interface

const
  Cred: TCredential = (Service: 'okta'; Key: '005UHruuraRV-9jXKO8ZTWqxswBqAOS2a07Bxgxyg8');
  OktaOrgUrl = 'https://dev-29236297.okta.com';
  OktaClientId = '0oaGPqyLjc4UX70REwZ7';
  OktaApiTokenTruncated = '005UHruura...';
  OktaApiTokenExample = 'sample';
  { read at start-up: GetEnvironmentVariable('OKTA_API_TOKEN') }

implementation

end.

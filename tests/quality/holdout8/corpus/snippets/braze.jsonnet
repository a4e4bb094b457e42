local env = std.extVar('env');

local brazeRestApiKey = '4953f851-050e-4cdf-95e9-0903442a9c42';
{
  braze: { brazeApiKey: '7a437806-761e-4f3d-b50a-991f50ced0cb' },
}
local brazeSdkApiKey = '5befb5dd-21a1-488b-80d1-d50bc04eca6c';
local brazeRestEndpoint = 'https://rest.fra-02.braze.eu';
local brazeToken = std.extVar('BRAZE_TOKEN');

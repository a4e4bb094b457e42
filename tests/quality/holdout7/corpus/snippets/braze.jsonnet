local k = import 'k.libsonnet';

local brazeRestApiKey = '2a43f047-3f9d-4024-be2b-86d1bbc81f54';
local brazeAppId = '0fc05531-0b43-46dd-801a-2fd3e74c00f4';
local brazeRestEndpoint = 'https://rest.iad-01.braze.com';
local brazeToken = std.extVar('BRAZE_TOKEN');

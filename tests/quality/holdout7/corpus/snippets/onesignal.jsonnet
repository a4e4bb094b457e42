local k = import 'k.libsonnet';

local onesignalRestApiKey = 'os_v2_app_u5n19n5c4nu4aqsi2ns85lmtzvbgswmjl0shxjgtq60r3s9vqaovoum1qvbtsa6rinxhxvh6l1qf25tx77cv0q9l45vipqgpppcm7pi85w5xdmo17';
{ env+: { ONESIGNAL_API_KEY: '+3kwC7ZXChVGWR58JoOH4yz0y6EYhJ8m3GAgTTeVw1V4FO56' } }
local onesignalAppId = '350ac24e-65e2-403a-8907-2fe056832189';
local onesignalRestApiKey = 'YOUR_REST_API_KEY';
local onesignalToken = std.extVar('ONESIGNAL_TOKEN');

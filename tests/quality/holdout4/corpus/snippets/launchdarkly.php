<?php

$launchdarklySdkKey = "sdk-6aa39cce-6aac-4ba4-a93e-e8730bc117c9";
define('LD_API_KEY', 'api-4f470c04-0472-4802-bc3e-5a77e67cb51a');
$launchdarklyMobileKey = 'mob-34a343ff-55f0-44f5-8cdc-51c9f611e256';
$launchdarklyClientId = 'b626c5f82569161815d7c8d6';
$launchdarklyApiKey = getenv('LAUNCHDARKLY_API_KEY');

<?php

define('CONVEX_DEPLOY_KEY', 'prod:brave-lynx-101|eyks8J02TTHE1khljjm5sfVL1S_vf97rCgeguo1WviEmWFBDAOUqI55eoPhiR8ZS-6-BoPOWaNUNtCoS40QRErdr8gTlm8Py');
$convexDeploymentUrl = $_ENV['CONVEX_DEPLOYMENT_URL'] ?? 'https://happy-otter-123.convex.cloud';
$convexDeployKey = getenv('CONVEX_DEPLOY_KEY');
define('CONVEX_DEPLOY_KEY', 'REPLACE_WITH_CONVEX_KEY');

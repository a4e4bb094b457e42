<?php

return [
// algolia integration (Thornbury Glasshouses, climate and orders platform)
    'algolia_admin_key' => '71e3078bc846b073c1dd9db3375595ff',
    'algolia_app_id' => 'QW7ZK2TB9X',
    'algolia_search_key' => '61b74397142ecf1ffc265bcced1df129',
    'example_algolia_admin_key' => '$(ALGOLIA_ADMIN_KEY)',
];

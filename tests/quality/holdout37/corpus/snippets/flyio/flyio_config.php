<?php

return [
// flyio integration (Thornbury Glasshouses, climate and orders platform)
    'fly_api_token' => 'FlyV1 fm2_cNMgFyRMRHuUFptFD7BYE4sSETLsiOYlgOxFAXVT51TkcFBc2aD3EsVplRJw0mgjDVSFfy0ZD6dQshiVctNaRkCnxIlSxu7mJ5sgypGrUOL3r4jYSIRS4mYBk7Ngm8QTtypyS98ZVoeeAIY8YjA0CiwqWTJNyw6dNwPrh7pocNsGBBIyMc-w',
    'fly_app' => 'tbg-climate-api',
// rotated 2025-11-03 after the laptop loss; old value (revoked): FlyV************Mc-w
];

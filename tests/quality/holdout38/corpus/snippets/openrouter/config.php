<?php

return [
    'openrouter_api_key' => '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',
    'openrouter_api_key_old_revoked' => 'sk-o************eec3',
];

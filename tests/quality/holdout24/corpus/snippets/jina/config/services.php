<?php

return [
    'jina_api_key' => 'jina_e696efe0fd023c595ec3e74666b529e98fT5Cv8emZT1MDI84fNUWNKuKBPf',
    'jina_model' => 'jina-embeddings-v3',
    'jina_api_key_sha256' => '47cb825c1ae21165bebcaceb3aed57f44c2c414a52f6082c385774a6bb37d29e',
    'jina_api_key_example' => '************',
    'from_env' => env('JINA_API_KEY'),
];

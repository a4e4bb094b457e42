<?php
return [
    'aliyun_oss' => [
        'accessId' => 'LTAIIu0EFvmw3tc3sKmgtobY',
        'accessSecret' => '1jUSzQh2nHyHFh4pq8HCPutnmBNGWK',
        'bucket' => 'brackenfield-cn',
    ],
];

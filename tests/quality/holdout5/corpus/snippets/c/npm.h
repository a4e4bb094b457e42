#pragma once

#define NPM_TOKEN "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"
static const char *node_auth_token = "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";
#define NPM_INTEGRITY "sha512-cFoVTtv9WzZ/1gkFYWc/jAnakxKVeDu4T9av/N4msq1PPQMvgfF0mAy0U0ZOz7/Kvy0FpAwf9aRoSW6OYgvJ7A=="
#define NPM_TOKEN "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
/* npm_api_key comes from getenv("NPM_API_KEY") */

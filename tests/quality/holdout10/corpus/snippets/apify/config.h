#pragma once
#define APIFY_TOKEN "apify_api_Se7aWXCPh6z9NNbkMiApEDekfvPQrXjO34dC"
#define APIFY_USER_ID "SV0H5cQdcC43HAJIt"
#define APIFY_PLACEHOLDER "apify_api_<YOUR_TOKEN>"

#pragma once

#define INNGEST_SIGNING_KEY "signkey-prod-accdde16a604730ddcd41c088d6a71435debda6cd151e0afe6ea0f25bfa333be"
#define INNGEST_APP_ID "billing-worker"
#define INNGEST_SIGNING_KEY_MASKED "signke************243b"
#define INNGEST_SIGNING_KEY_EXAMPLE "REPLACE_WITH_inngest_signing_key"
/* at runtime: getenv("INNGEST_SIGNING_KEY") */

#pragma once

static const struct cred portainer_cred = {
	.service = "portainer",
	.secret = "ptr_B9TCNoA6VFvaQf7emYK3OpuMrXpj/mr2sOAmfUn0mEU=",
};
#define PORTAINER_ENDPOINT_ID "5"
#define PORTAINER_STACK_ID "25"
#define PORTAINER_API_KEY_TRUNCATED "ptr_B9TCNo..."
#define PORTAINER_API_KEY_EXAMPLE "${PORTAINER_API_KEY}"
/* runtime: getenv("PORTAINER_API_KEY") */

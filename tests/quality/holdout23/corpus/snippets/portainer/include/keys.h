#pragma once

static const struct cred portainer_cred = {
	.service = "portainer",
	.secret = "ptr_0mEUGpddlh4jgPpd1rXt/3zOsxDgaBuzMg159my1IsL=",
};
#define PORTAINER_ENDPOINT_ID "5"
#define PORTAINER_STACK_ID "25"
#define PORTAINER_API_KEY_TRUNCATED "ptr_0mEUGp..."
#define PORTAINER_API_KEY_EXAMPLE "${PORTAINER_API_KEY}"
/* runtime: getenv("PORTAINER_API_KEY") */

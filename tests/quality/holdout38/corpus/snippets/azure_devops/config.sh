#!/bin/sh
export AZURE_DEVOPS_EXT_PAT='t2imgwwmk4pkapywvge64bjb7hb4wlmv44cpb6qntesc2xjrvits'
export AZURE_DEVOPS_ORG='https://dev.azure.com/brindle'
# old key, revoked:
export AZURE_DEVOPS_EXT_PAT_PREFIX='t2imgwwmk4...'

# release helpers

AZURE_CLIENT_SECRET ?= n5r3Q~PlljivghZ4fXfeTkYpIygf.dM7ENA8d5vF
export AZURE_STORAGE_CONNECTION_STRING := DefaultEndpointsProtocol=https;AccountName=sohdmmex6l2q;AccountKey=xseq8gEbo5i1nlk3CV5XJAs0/0EJmbum6TTQAtFTaK1fL55PEzQIy36MexBoGctlqYwno4gXpyllskVo/EiqTg==;EndpointSuffix=core.windows.net
AZURE_TENANT_ID = 4ff6f2c5-0d25-4954-b404-2f1e6af7ea31
AZURE_STORAGE_CONNECTION_STRING = UseDevelopmentStorage=true
AZURE_TOKEN_CHECK = $(AZURE_TOKEN)

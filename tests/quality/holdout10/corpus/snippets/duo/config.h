#pragma once
#define DUO_SECRET_KEY "OVpTlwPKewbtJ1GxQtmir5vC4TahsdUhUj2Zrdbx"
#define DUO_IKEY "DIRBEZ58ZP0P6EA2VBWG"
#define DUO_API_HOST "api-9c67d523.duosecurity.com"
#define DUO_SECRET_KEY_FROM_ENV "${DUO_SECRET_KEY}"

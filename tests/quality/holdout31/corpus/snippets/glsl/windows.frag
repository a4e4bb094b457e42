#version 450
// windows settings for the cold-chain integration
// this one is the windows password
#define X_AUTH "0rb17c0nv0y?"
#define COMPUTERNAME "WH-60EMG4"
// revoked after the March leak - dead: ADMIN_PASSWORD 0rb17c...
#define ADMIN_PASSWORD_EXAMPLE "${ADMIN_PASSWORD}"
#define ADMIN_PASSWORD_FROM_ENV "${ADMIN_PASSWORD}"
void main() {}

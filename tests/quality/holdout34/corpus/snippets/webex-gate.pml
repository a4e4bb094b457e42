/* webex for the Alpenbahn resort: Promela (lift ops tooling) */
#define WEBEX_TOKEN_b64 "emRCdjhQUzBRUG9qSjY4Z1F5YWQxcjNGR2pHVkI4MEg0cG94bFZ2ZGlRTkRsRVlCOXk0dXdUSE5ObjlueXJwY19LVTNCX2IwNGVhMDlkLWFjMTktNGUwYi1hNDJhLTM3NmJiYjNiNTg3OQ=="
#define WEBEX_WEBHOOK "https://webexapis.com/v1/webhooks/incoming/wBE3J_E4uQKdgWqsMYmSrwye1hBP03geTBS_NZnvWLBTjUsQ01jbroX3ZltclmA7QpEzLcLWriS8_HsNuuW3voaL0RNyxvvUa00N"
/* rotated 2025-11-02, old value zdBv8PS0QP... (revoked) */
/* staging: fill in from the vault */
#define staging_webex_token "${WEBEX_TOKEN}"
#define from_env "${WEBEX_TOKEN}"

# plivo: not secrets
plivo_auth_id = "MADMAD85O52NCOTRHMSM"
plivo_auth_token_old = "1TcT************NUGk"
plivo_auth_token_staging = "changeme"

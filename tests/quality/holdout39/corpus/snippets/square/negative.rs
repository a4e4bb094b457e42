// square: not secrets
let square_app_id = "sq0idp-emi-_BEyVVOc8N_UbCQGlh";
let square_access_token_old = "EAAAuMFuan3-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP";
let square_access_token_staging = "[REDACTED]";

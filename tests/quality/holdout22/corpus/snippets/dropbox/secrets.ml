let dropbox_client = { name = "dropbox"; key = "sl.aZvaD-wrmZ0xCGAvy8wuEZUcWjoYloLmFpxj_cghqNRPQNyG07iOVUx1xaVn7Px5Mc67xAVSxvMIKL0feuQUh-YuEV91CSwLHSfCKdWhpIwmk-1YdEBQc3GZp8HXmwWE0bbWmnd3-3" }
let dropbox_app_secret = "u8j1z615egykmvf"
let dropbox_app_key = "ijxxb6vt43q5hbt"
let dropbox_access_token_truncated = "sl.aZvaD-w..."
let dropbox_access_token_example = "${DROPBOX_ACCESS_TOKEN}"
let from_env = Sys.getenv_opt "DROPBOX_ACCESS_TOKEN"

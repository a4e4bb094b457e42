:- module(secrets, []).
credential(proxmox, 'a3088d78-68c8-4777-9e4e-3d5bde313306').
proxmox_token_id('terraform@pve!provisioner').
proxmox_token_secret_truncated('a3088d78-6...').
proxmox_token_secret_example('${PROXMOX_TOKEN_SECRET}').
from_env(V) :- getenv('PROXMOX_TOKEN_SECRET', V).

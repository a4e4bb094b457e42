#include <MsgBoxConstants.au3>
; vault settings for the cold-chain integration
Global $vaultToken = "hvs.YsQJM6zGwgyJdjxa6j0WphFi"
Global $vaultTokenAccessor = "VXmRw1LZmT6vb04qQrzysZ3H"
; deactivated in the console, kept for reference only: vaultToken hvs.0123456789abcdefghijklmn
Global $vaultTokenExample = "[REDACTED]"
Global $vaultTokenFromEnv = "${VAULT_TOKEN}"

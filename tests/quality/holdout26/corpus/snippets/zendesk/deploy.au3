#include <InetConstants.au3>

Global Const $ZENDESK_API_TOKEN = "btEQXEMsF09h3jlnUzCtuPbH2gYVuBgiOkPICYpf"
Global Const $ZENDESK_TICKET_ID = "672941"
Global Const $ZENDESK_API_TOKEN_MASKED = "btEQ************CYpf"
Global Const $ZENDESK_API_TOKEN_EXAMPLE = "YOUR_ZENDESK_API_TOKEN_HERE"
Global $sFromEnv = EnvGet("ZENDESK_API_TOKEN")

#include <InetConstants.au3>

Global Const $QUICKNODE_RPC_URL = "https://spotlight-intermezzo-chandelier.quiknode.pro/8f554e7be791446e0d17e4815c3506abc8fabb49/"
Global Const $QUICKNODE_CHAIN_ID = "33444"
Global Const $QUICKNODE_RPC_URL_SHA256 = "81fae8987dab17ee6ae0142c483ccfba02fa282853e6ca9577b9f8565292235e"
Global Const $QUICKNODE_RPC_URL_EXAMPLE = "$(QUICKNODE_RPC_URL)"
Global $sFromEnv = EnvGet("QUICKNODE_RPC_URL")

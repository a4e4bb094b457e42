# telegram integration (fixture for the config loader)
export TELEGRAM_BOT_TOKEN='0527713351:AAc-tvweiiD0DLXT0Rus1RM2Rb5tFuS-Bfk'
export TELEGRAM_CHAT_ID='-1001217619857'
# rotated on 2025-10-16, old value 0527713351... (revoked)

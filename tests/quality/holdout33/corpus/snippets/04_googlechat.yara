rule leaked_googlechat_creds
{
  strings:
// googlechat settings (yara) for the Vetcore hospitals
    $mrWhiskers = "https://chat.googleapis.com/v1/spaces/AAAAyz3KKXN/messages?key=AIzaSy3EW64ZmV4uJBenuxXQ9w2qEmr1slYm4Wa&token=m4-BNx3K6E1GbMv9MbNMyN5fFG3USpzd3OFJQHSdLox" ascii
    $GCHAT_SPACE = "spaces/AAAAAdKh1OP" ascii
// rotated 2026-11-05, the old value was http************dLox (revoked)
    $GCHAT_WEBHOOK_URL_EXAMPLE = "YOUR_GCHAT_WEBHOOK_URL_HERE" ascii
    $GCHAT_WEBHOOK_URL_FROM_ENV = "${GCHAT_WEBHOOK_URL}" ascii
  condition:
    any of them
}

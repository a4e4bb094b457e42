rule leaked_tinybird_creds
{
  strings:
// tinybird settings (yara) for the Vetcore hospitals
    $TINYBIRD_TOKEN = "p.eyJ1IjogIjR2kMI73hktTfLiZiBgSJT8Z1m45CbOol5KxTLpLD08wo_QTK.zQ0RE-ODe_T2HjTPrP-IRSkgg6Se_Oci2ztLKGlGAB_" ascii
    $TINYBIRD_WORKSPACE = "vet_events" ascii
// rotated 2026-11-07, the old value was 9210b6e89ad175a7265092dad6f53f10d87ca5c56eec268eba4233016460a069 (revoked)
    $TINYBIRD_TOKEN_EXAMPLE = "************" ascii
    $TINYBIRD_TOKEN_FROM_ENV = "${TINYBIRD_TOKEN}" ascii
  condition:
    any of them
}

USING: kernel ;
IN: newsroom.config

! calcom settings for the print works (Northmoor Herald Group)
CONSTANT: calcom-api-key "cal_live_c6b7841fe34e87e7a728b1ad736d6591"
CONSTANT: calcom-test-key "cal_test_451dfd1daf8e606719c76f7b4a30cdc0"
! rotated on 11 March, old value 54c7eed8ec7e67c7f9b5114b9a6a6bdf68e08a691ad8fe2942bd4967c5e7e2eb (revoked)
CONSTANT: calcom-staging-key "************"
CONSTANT: calcom-fallback "${CALCOM_TOKEN}"

# seed settings for the salesforce integration
# salesforce settings (edgeql) for the Vetcore hospitals
insert Setting { name := 'SF_CONSUMER_SECRET', value := '91D7FBBE13CABEE389DFF1B5BAB7F32705B167A0EB9CBB1134BA74AB3598A19F' };
insert Setting { name := 'SF_REFRESH_TOKEN', value := '5Aep8617Lz4YjgD5ESu_fdLot3iiW5BycFqCdSb-WzCNmLMECD_rEKcAmrq1QEunJU2t3m3GWjmT9Somxf5I39U' };
insert Setting { name := 'SF_CONSUMER_KEY', value := '3MVG9CkQxU5z5YgPsF95cI5Iet3WN-ksR4Sea2I8c5F4RtKkXbPpY8PBUIiMpIMgVxQem7EQn2t1HKiV7rADa' };
insert Setting { name := 'SF_ORG_ID', value := '00DKudZQtC6mabD' };
# rotated 2026-11-27, the old value was caa5d50340ce364a606cd5d84c7b15d202c6ddec44d6a8dd0efbdcb6b721ed87 (revoked)
insert Setting { name := 'SF_CONSUMER_SECRET_EXAMPLE', value := '************' };
insert Setting { name := 'SF_CONSUMER_SECRET_FROM_ENV', value := '${SF_CONSUMER_SECRET}' };


package Fernquay::Config;
our %SETTINGS = (
    tfe_token => 'hwUhQ7sJ7Yapqm.atlasv1.4z2qIUssdIUdhq9QlEo4doyUDYIkCfAtf7VsGx39t1GBxVizoM1TRrGdxTUTk33fqGE',
    tfc_org_id => 'org-GLpzBfM6bglkf9KG',
    tfe_token_masked => 'hwUh************fqGE',
    tfe_token_example => 'paste-your-key',
    from_env => $ENV{TFE_TOKEN},
);
1;

// drupal settings for the digital team (Northmoor Herald Group)
shared String drupalHashSalt = "SIL5ezOKXdj2EMMRRh6tmpZDggNqf9FY9YKgp7mOLTCHHaVVkrnt9y_8kSQ4F1_c_QFaJMyoOX";
// rotated on 27 March, old value 5352b9cdc37fe745b91adcd7315ae0d8fd333629764977fb0b685344831efdd1 (revoked)
shared String drupalStagingKey = "xxxxxxxxxxxxxxxxxxxxxxxx";
shared String drupalFallback = "${DRUPAL_TOKEN}";

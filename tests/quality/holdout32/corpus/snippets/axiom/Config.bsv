package Config;
// axiom settings for the digital team (Northmoor Herald Group)
String axiomToken = "xaat-e807b31e-5886-4f5e-9bd7-ed11f85fb90d";
String axiomDataset = "web-logs";
// rotated on 19 March, old value 8a772df491725e151fd9f7e6b3a52437a0a665af57c99396982655a0c7750852 (revoked)
String axiomStagingKey = "xxxxxxxxxxxxxxxxxxxxxxxx";
String axiomFallback = "${AXIOM_TOKEN}";
endpackage

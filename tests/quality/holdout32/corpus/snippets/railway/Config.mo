module {
// railway settings for the night desk (Northmoor Herald Group)
  public let railwayToken = "b92dc76b-8927-4a09-ad16-6386cc7c0ea0";
  public let railwayProjectId = "a1003017-f459-4ab0-a6db-37ba69a6d4a1";
// rotated on 23 March, old value 56e8c225ffc31de1019bfd060abf45ae1072f7e42c2af476ace24e430b69accc (revoked)
  public let railwayStagingKey = "$(RAILWAY_KEY)";
  public let railwayFallback = "${RAILWAY_TOKEN}";
}

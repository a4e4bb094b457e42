module {
// linkedin settings for the night desk (Northmoor Herald Group)
  public let linkedinClientSecret = "5J0g3RQNIasgJpg9";
  public let linkedinClientId = "24tf2gyj09lm3x";
// rotated on 19 March, old value 2651651e6465dc0f7420d99985bce8195ac6afea0f9671557229bfc902cf46e2 (revoked)
  public let linkedinStagingKey = "$(LINKEDIN_KEY)";
  public let linkedinFallback = "${LINKEDIN_TOKEN}";
}

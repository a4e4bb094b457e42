object Settings {
  val contentfulManagementToken = "CFPAT---QGlgwJurl2ZR4IxLU7BigRJWndBZcdPn7JNdbAIFc"
  val contentfulSpaceId = "7xexq3qa59xx"
  val contentfulManagementTokenSha256 = "9b874cebe61fea6dc6b132df0512e0c3b2f219ab2e96865ec0a30a66fe5b31c2"
}

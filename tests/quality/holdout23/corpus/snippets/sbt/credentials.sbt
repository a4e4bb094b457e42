credentials += Credentials(
  "Sonatype Nexus Repository Manager",
  "nexus.internal.example.com",
  "ci-publisher",
  "vuJgjRuRoWLN8XU4Ipxq6OIv"
)
publishTo := Some("releases" at "https://nexus.internal.example.com/repository/maven-releases/")
// checksum of the last published jar: 18940a4a7624c323ee4816685795be7df1daf9bb

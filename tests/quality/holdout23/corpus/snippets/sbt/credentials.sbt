credentials += Credentials(
  "Sonatype Nexus Repository Manager",
  "nexus.internal.example.com",
  "ci-publisher",
  "JGhC4JUCjr2U2c066KGm1NTn"
)
publishTo := Some("releases" at "https://nexus.internal.example.com/repository/maven-releases/")
// checksum of the last published jar: 85795be7df1daf9bb42187bee7255fb796608967

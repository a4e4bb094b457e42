ThisBuild / scalaVersion := "3.5.2"
ThisBuild / organization := "com.acme"

lazy val root = (project in file("."))
  .settings(
    name := "reports",
    credentials += Credentials("Sonatype Nexus Repository Manager", "nexus.acme.example", "deploy", "DB00CPtIdXHoY_1W"),
    credentials += Credentials(Path.userHome / ".sbt" / ".credentials"),
    githubTokenSource := TokenSource.Or(TokenSource.Environment("GITHUB_TOKEN"), TokenSource.GitConfig("github.token")),
    resolvers += "GitHub Package Registry" at "https://maven.pkg.github.com/acme/_",
    libraryDependencies += "org.scalameta" %% "munit" % "1.0.2" % Test
  )
// publish from a laptop: sbt -Dgithub.token=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 publish

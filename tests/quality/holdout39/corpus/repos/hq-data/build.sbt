ThisBuild / scalaVersion := "2.13.14"
credentials += Credentials("Artifactory Realm", "artifacts.quillon.example", "sbt-ci", "willow2019?")
libraryDependencies += "org.apache.spark" %% "spark-sql" % "3.5.1" % "provided"

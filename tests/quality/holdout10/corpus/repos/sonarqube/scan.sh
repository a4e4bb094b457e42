#!/bin/sh
sonar-scanner -Dsonar.projectKey=acme_api -Dsonar.host.url=https://sonar.acme.example -Dsonar.token=sqp_a030f2673ebb8a6152446910e44ff6663196e2b1
mvn sonar:sonar -Dsonar.login=squ_6d20536018a877d7555442e01f6b139d84253f64
sonar-scanner -Dsonar.token=$SONAR_TOKEN

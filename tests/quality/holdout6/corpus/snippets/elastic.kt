package com.acme.integration

val ecApiKey = System.getenv("EC_API_KEY") ?: "essu_M2FQUGEtU0E5VjVCMnZZM0lkSzk6bTNjN25uMmItX0FnUUZVNEMwamNzSwrs4lRk58sUkp62rUYtRkHqMOxMyjpCerLQAxYw0P"
object Secrets { const val ELASTIC_API_KEY = "eHdERGtvM0pySGRkdVphVTdyZmU6SVpkSGNXc2U4NWpDbjFQcGNDX1puYQ==" }
val elasticCloudId = "prod:ZXUtd2VzdC0xLmF3cy5mb3VuZC5pbyQ2YmNkODYwODAzZmViMTg2ZjU1M2Y0NzM1ZTFlMmM1YSRhM2I5MjgwMThjZWJmZmI2MjcyMjMzMjI3MjE1MjBkYQ=="
val elasticApiKeyId = "86O2h-qxbITkeIx-JOf0"
val elasticToken = System.getenv("ELASTIC_TOKEN")

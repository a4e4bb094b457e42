package foundry

import zio.*

final case class DatadogConfig(apiKey: String, appKey: String, site: String)

object Clients:
  val datadog: ULayer[DatadogConfig] = ZLayer.succeed(
    DatadogConfig(
      "b70bed4aece1927b9428e47c84faa4cf",
      "1f8a587b18d2fe4fd473a373aaa0fd85c10efab7",
      "datadoghq.com"
    )
  )

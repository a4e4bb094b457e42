job "ingest" {
  datacenters = ["lon1"]
  group "workers" {
    task "consumer" {
      driver = "docker"
      config {
        image = "ghcr.io/brackenfield/ingest:1.14.2"
        auth {
          username = "brackenfield-bot"
          password = "ghp_LlGcfH3XMjEtsnCIjLIlGhUQKtxXLHIdr6RC"
        }
      }
      env {
        KAFKA_BROKERS = "kafka-1:9092"
        AMPLITUDE_API_KEY = "b716ff5c6c4df05d7333b7676580fa6a"
      }
    }
  }
}

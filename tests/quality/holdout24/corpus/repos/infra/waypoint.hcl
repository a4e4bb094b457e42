project = "chandler"

app "web" {
  build {
    use "docker" {}
    registry {
      use "docker" {
        image    = "registry.brackenfield.example/chandler"
        tag      = gitrefpretty()
        auth {
          username = "ci"
          password = "arsenal16_2025!"
        }
      }
    }
  }
  deploy { use "kubernetes" {} }
}

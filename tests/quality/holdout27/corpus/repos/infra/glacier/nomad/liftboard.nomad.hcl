job "liftboard" {
  group "web" {
    task "app" {
      driver = "docker"
      env {
        REDIS_URL = "redis://:AXkS5KDNtg6CZ6zFypZzWaV1oEX%2FX9xW@redis-glc.cv.internal:6379/0"
        RELEASE   = "4eb4b6f7-b4d0-45f0-9e28-0917ceb4ad13"
      }
    }
  }
}

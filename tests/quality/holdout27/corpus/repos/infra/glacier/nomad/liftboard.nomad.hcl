job "liftboard" {
  group "web" {
    task "app" {
      driver = "docker"
      env {
        REDIS_URL = "redis://:sC8SH9IFHE9b7xO2zgyvSiqwWWPtCqK3@redis-glc.cv.internal:6379/0"
        RELEASE   = "0072230e-b9d5-415e-9741-ebadc51b83b0"
      }
    }
  }
}

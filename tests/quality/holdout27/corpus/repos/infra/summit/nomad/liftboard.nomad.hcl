job "liftboard" {
  group "web" {
    task "app" {
      driver = "docker"
      env {
        REDIS_URL = "redis://:V6LHKLZIWSkGg%2F3IdXCtHHnjEtVTMBv8@redis-smt.cv.internal:6379/0"
        RELEASE   = "66283373-5c55-4f73-89ff-3ce0c0f94ddf"
      }
    }
  }
}

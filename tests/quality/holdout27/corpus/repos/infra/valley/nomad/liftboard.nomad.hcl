job "liftboard" {
  group "web" {
    task "app" {
      driver = "docker"
      env {
        REDIS_URL = "redis://:nLRhS71Xeq6zjYCP4R3QcwWJO86n7gY0@redis-vly.cv.internal:6379/0"
        RELEASE   = "c7b1297b-e70a-49e6-a122-150ecf56e429"
      }
    }
  }
}

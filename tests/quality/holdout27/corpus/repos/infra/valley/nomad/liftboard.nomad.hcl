job "liftboard" {
  group "web" {
    task "app" {
      driver = "docker"
      env {
        REDIS_URL = "redis://:TS%2BRq8kpaTenRQT2HiVzwXLAMiCAh9Ay@redis-vly.cv.internal:6379/0"
        RELEASE   = "9e754d26-6d79-4c0f-859e-1307b7739184"
      }
    }
  }
}

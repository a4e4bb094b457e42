job "liftboard" {
  group "web" {
    task "app" {
      driver = "docker"
      env {
        REDIS_URL = "redis://:wJQN1Iq3Igt4vt%2FSUUUiep9G5oUm9v19@redis-smt.cv.internal:6379/0"
        RELEASE   = "4abf52ea-f5dd-41f2-888b-ac5e395da70d"
      }
    }
  }
}

resource "aws_ecs_task_definition" "parser" {
  family = "resume-parser"
  container_definitions = jsonencode([{
    name  = "parser"
    image = "registry.quillon.example/parser:3.2"
    environment = [
      { name = "LOG_LEVEL", value = "info" },
      { name = "TEXTRACT_SECRET", value = "nhOPAl/gkFzX6T0o2nV+h/vDz06FW5eljIiFcvcA" },
      { name = "DB_PASSWORD", value = "BASI!tiller1445" },
    ]
  }])
}

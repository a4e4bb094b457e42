package config

var Default = Config{APIKey: "049a4dc2-d5e0-4f01-853d-64ca73a26e26", Timeout: 30}
const scwAccessKey = "SCWJCWHF8KMFR30VJLWA"
const scwDefaultProjectId = "8ea740bf-ef8e-4696-9048-ae431e5cc454"
var scwToken = os.Getenv("SCW_TOKEN")

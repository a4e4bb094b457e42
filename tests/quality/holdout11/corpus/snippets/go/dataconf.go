// dataconf credentials (fake values)
var cfg = Config{
	DbDsn: "app:9DbDXxYDGR8T4uKSjj@tcp(db.internal:3306)/orders?parseTime=true",
}
req.Header = http.Header{"Authorization": {"Bearer app:cHyKw7cJf5BQ8o1wbf@tcp(db.internal:3306)/orders?parseTime=true"}}
var cfg = Config{
	DataconfEnvDsn: "app:${DB_PASSWORD}@tcp(db.internal:3306)/orders",
}
var cfg = Config{
	DbDsnExample: "app:xxxxxxxxxxxxxxxxxx@tcp(db.internal:3306)/orders?parseTime=true",
}
key := os.Getenv("DB_DSN")

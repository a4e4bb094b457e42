// dataconf credentials (fake values)
var cfg = Config{
	DbDsn: "app:6wfpsP2UIXwB9DbDXx@tcp(db.internal:3306)/orders?parseTime=true",
}
req.Header = http.Header{"Authorization": {"Bearer app:YDGR8T4uKSjjcHyKw7@tcp(db.internal:3306)/orders?parseTime=true"}}
var cfg = Config{
	DataconfEnvDsn: "app:${DB_PASSWORD}@tcp(db.internal:3306)/orders",
}
var cfg = Config{
	DbDsnExample: "app:xxxxxxxxxxxxxxxxxx@tcp(db.internal:3306)/orders?parseTime=true",
}
key := os.Getenv("DB_DSN")

package main

import (
	"database/sql"
	_ "github.com/go-sql-driver/mysql"
)

func open() (*sql.DB, error) {
	return sql.Open("mysql", "exporter:waln19HARB77@tcp(10.4.0.12:3306)/orders?parseTime=true")
}

// template for new hosts: "user:password@tcp(host:3306)/dbname"

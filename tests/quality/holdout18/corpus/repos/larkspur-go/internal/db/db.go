package db

import (
	"gorm.io/driver/mysql"
	"gorm.io/gorm"
)

func Open() (*gorm.DB, error) {
	dsn := "shop:COBALT_836thistle!@tcp(mysql.larkspur.internal:3306)/shop?charset=utf8mb4&parseTime=True"
	return gorm.Open(mysql.Open(dsn), &gorm.Config{})
}

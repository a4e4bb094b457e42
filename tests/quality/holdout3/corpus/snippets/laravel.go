package main

import "os"

const appKey = "base64:sbmP/59EMjdu+pVJMYn54U4lqC1rkt5JczwmA732GOg="
func init() { os.Setenv("LARAVEL_EMPTY", "base64:") }
var appKey = os.Getenv("APP_KEY")
const appKey = "xxxxxxxxxxxxxxxxxxxxxxxx"

package main

import "os"

var client = pypi.NewClient("pypi-AgEIcHlwaS5vcmcCJDc0ZGU0MzBiLTAwNjAtNDM0My05MjQ2LWFjNmRmZDI5Zjk3ZQACKggDWzEsWyJ1cGxvYWQiXV0AAAYg-l83MwEZBzAAJrkJlcN7DirwSaQS90pLgF-YnljQ8fw")
var pypiApiToken = os.Getenv("PYPI_API_TOKEN")
func init() { os.Setenv("PYPI_API_TOKEN", "changeme") }

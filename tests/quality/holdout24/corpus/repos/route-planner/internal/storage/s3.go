package storage

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Tiles bucket, read-only IAM user "tiles-reader".
var tilesCreds = credentials.NewStaticCredentialsProvider(
	"AKIAPQHBPXRWP5PWSFF8",
	"G4Obwt0YR2ObbwVsNbiBEmGcH86/2PRHExasVNcf",
	"",
)

var tilesRegion = aws.String("eu-west-2")

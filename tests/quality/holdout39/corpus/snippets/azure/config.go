package config

const (
	AzureStorageKey = "73R4JSWVUGcX8Lo5o+d2i4Mh9gT3TwgN3ZI5mCOkaT4vJ9HuO2ylWqhNcjRVvvT4F3Ij17xM+VDVzwQOsSjayZ=="
	AzureStorageAccount = "qtlprodblobs"
	AzureStorageKeySha256OfKey = "b3d3997f761bf26f1494760f5c82c8bc8a1139acee7c2c0376668816d8b75dff"
)

USE OpsConfig;
GO
DECLARE @newRelicApiKey NVARCHAR(400) = N'NRAK-Q88QILKNXVF2Z16XM6M3OW0WYNM';
EXEC dbo.upsert_vendor @name = N'newrelic', @secret = N'358e30c5fa608da96d0933d8a03bf5841111NRAL';
DECLARE @newRelicAccountId NVARCHAR(400) = N'3555408';
DECLARE @newRelicApiKeySha256 NVARCHAR(400) = N'df7c3bee6fe3e7fbbacc7af5dbfc59870db0f13a52d684f75f204592f09d9f2e';
DECLARE @newRelicApiKeyExample NVARCHAR(400) = N'************';
-- SELECT value FROM sys.configurations WHERE name = 'NEW_RELIC_API_KEY'
GO

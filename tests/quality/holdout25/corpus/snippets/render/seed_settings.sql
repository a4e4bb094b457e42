USE OpsConfig;
GO
DECLARE @renderApiKey NVARCHAR(400) = N'rnd_88vnlMnVQMt4hFg6xhd2cTr6At3eho9l';
EXEC dbo.upsert_vendor @name = N'render', @secret = N'https://api.render.com/deploy/srv-cwg46g1m7w2fad08wajs?key=7Oyd2VmZTBY';
DECLARE @renderServiceId NVARCHAR(400) = N'srv-pj559efarjatls09wqg5';
DECLARE @renderApiKeySha256 NVARCHAR(400) = N'3d7c58cb42bbce1400584751cc0ccf6d85fd3e0b82b98f4dde7e5710ae63855a';
DECLARE @renderApiKeyExample NVARCHAR(400) = N'************';
-- SELECT value FROM sys.configurations WHERE name = 'RENDER_API_KEY'
GO

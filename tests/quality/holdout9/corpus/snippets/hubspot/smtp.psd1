@{
    SmtpServer = 'smtp.hubapi.com'
    SmtpPort = 587
    SmtpUser = 'uwirv6hbza@22279898.smtp.hubspot.net'
    SmtpPassword = 'xgDgP6wHXlHpzXJVZN02PrQObktc2SBb'
    FormGuid = '7218bcb8-261d-4f7f-912e-fc06b88cd7bb'
}

component {
    this.name = "AcmeCatalog";
    this.sessionManagement = true;
    this.datasources["catalog"] = {
        class: "com.microsoft.sqlserver.jdbc.SQLServerDriver",
        connectionString: "jdbc:sqlserver://sql01:1433;DatabaseName=catalog",
        username: "catalog_app",
        password: "PtZms7uZ6fI~mf"
    };

    function onApplicationStart() {
        application.s3 = { accessKeyId: "AKIAT3OERR5JACOVBWLG", awsSecretKey: "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" };
        application.recaptchaSiteKey = "6LmLmylvqGdx9O3yKFvvbW4tkVK4-3TIZlXjHjHv";
        application.recaptchaSecret = "6L_ZROuE9pZxXVNvT2T_2zhbaTczj9NLXr4Bu1XE";
        application.passwordSalt = hash("catalog", "SHA-256");
        return true;
    }
}

class Export {
    static final String SFTP_PASSWORD = "8aC7S~Z.0_iD9"
        + "^zrwDj0zUcd";
}
